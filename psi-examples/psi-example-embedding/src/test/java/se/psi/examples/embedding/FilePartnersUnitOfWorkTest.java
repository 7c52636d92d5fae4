package se.psi.examples.embedding;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.port.out.UnitOfWork;
import se.psi.testkit.contract.UnitOfWorkContract;
import se.psi.testkit.memory.InMemoryUnitOfWork;

/** A change that fails leaves the municipality's file as it was: the register takes part in the transaction. */
class FilePartnersUnitOfWorkTest extends UnitOfWorkContract {

  @TempDir
  Path folder;

  private FilePartners partners;

  @Override
  protected UnitOfWork unitOfWork() {
    return new InMemoryUnitOfWork(List.of(register()));
  }

  @Override
  protected Partners partners() {
    return register();
  }

  private FilePartners register() {
    if (partners == null) {
      partners = new FilePartners(folder.resolve("partners.jsonl"));
    }
    return partners;
  }
}
