package se.psi.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.port.out.CaseRegistry;
import se.psi.core.PsiStorage;
import se.psi.testkit.contract.CaseRegistryContract;
import se.psi.testkit.memory.InMemoryStorage;

/** The Region's own records system passes the contract every case registry runs (GRA-9). */
class RegionDiariumContractTest extends CaseRegistryContract {

  private PsiStorage storage;

  @Override
  protected Server server() {
    storage = new InMemoryStorage().with(new RegionDiarium("RS", 400));
    return new Server(storage.caseRegistry(), storage.unitOfWork());
  }

  @Override
  protected Server anotherServerOverTheSameStore() {
    return new Server(storage.caseRegistry(), storage.unitOfWork());
  }

  /** The Region numbers in a form of its own. */
  @Override
  protected Optional<String> sequentialPrefix() {
    return Optional.empty();
  }

  @Test
  void GRA_9_cases_are_numbered_in_the_regions_form_going_on_from_its_register() {
    Server server = server();
    var arrival = new CaseRegistry.Arrival(new GrantApplicationId(UUID.randomUUID()), LocalDate.of(2026, 3, 2),
        "Ansökan om utvecklingsmedel");

    assertThat(server.unitOfWork().inTransaction(() -> server.registry().register(arrival)).value())
        .isEqualTo("26RS400");
    assertThat(server.unitOfWork().inTransaction(() -> server.registry().register(arrival)).value())
        .isEqualTo("26RS401");
  }
}
