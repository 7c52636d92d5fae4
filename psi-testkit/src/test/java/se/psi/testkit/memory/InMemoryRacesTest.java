package se.psi.testkit.memory;

import java.util.List;
import org.junit.jupiter.api.Nested;
import se.psi.core.PsiStorage;
import se.psi.testkit.contract.CrossAggregateRacesContract;

/** The rules that span aggregates hold under races on the in-memory storage, with one core and with two over it. */
class InMemoryRacesTest {

  @Nested
  class OneCore extends CrossAggregateRacesContract {
    @Override
    protected List<PsiStorage> instances() {
      return List.of(new InMemoryStorage());
    }
  }

  @Nested
  class TwoCores extends CrossAggregateRacesContract {
    @Override
    protected List<PsiStorage> instances() {
      InMemoryStorage shared = new InMemoryStorage();
      return List.of(shared, shared);
    }
  }
}
