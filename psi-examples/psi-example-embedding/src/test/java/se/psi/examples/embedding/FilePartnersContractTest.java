package se.psi.examples.embedding;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import se.psi.core.membership.port.out.Partners;
import se.psi.testkit.contract.PartnersContract;

/** The municipality's file register keeps the same promises as every other Partners port. */
class FilePartnersContractTest extends PartnersContract {

  @TempDir
  Path folder;

  @Override
  protected Partners partners() {
    return new FilePartners(folder.resolve("partners-" + UUID.randomUUID() + ".jsonl"));
  }
}
