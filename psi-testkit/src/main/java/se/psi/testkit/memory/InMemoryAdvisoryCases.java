package se.psi.testkit.memory;

import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import se.psi.core.advisory.domain.AdvisoryCase;
import se.psi.core.advisory.domain.AdvisoryCaseId;
import se.psi.core.advisory.port.out.AdvisoryCases;

/** {@link AdvisoryCases} in memory. */
public final class InMemoryAdvisoryCases extends InMemoryRepository<AdvisoryCaseId, AdvisoryCase>
    implements AdvisoryCases {

  public InMemoryAdvisoryCases() {
    super("AdvisoryCase", AdvisoryCase::id, AdvisoryCase::version);
  }

  @Override
  public Option<AdvisoryCase> find(AdvisoryCaseId id) {
    return store.find(id);
  }

  @Override
  public List<AdvisoryCase> all() {
    return store.all().stream().sorted(Comparator.comparing(AdvisoryCase::openedOn).reversed()
        .thenComparing(a -> a.id().value())).toList();
  }

  @Override
  public void save(AdvisoryCase advisoryCase) {
    store.save(advisoryCase);
  }
}
