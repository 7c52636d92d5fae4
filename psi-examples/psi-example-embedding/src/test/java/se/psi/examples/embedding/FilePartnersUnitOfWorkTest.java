package se.psi.examples.embedding;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import se.psi.core.PsiStorage;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.port.out.UnitOfWork;
import se.psi.testkit.contract.UnitOfWorkContract;
import se.psi.testkit.memory.InMemoryStorage;

/**
 * A change that fails leaves the municipality's file as it was: placed in the in-memory storage as the example
 * places it, the register takes part in that storage's transactions.
 */
class FilePartnersUnitOfWorkTest extends UnitOfWorkContract {

  @TempDir
  Path folder;

  private PsiStorage storage;

  @Override
  protected UnitOfWork unitOfWork() {
    return storage().unitOfWork();
  }

  @Override
  protected Partners partners() {
    return storage().partners();
  }

  private PsiStorage storage() {
    if (storage == null) {
      storage = new InMemoryStorage().with(new FilePartners(folder.resolve("partners.jsonl")));
    }
    return storage;
  }
}
