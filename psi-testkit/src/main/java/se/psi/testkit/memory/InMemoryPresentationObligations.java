package se.psi.testkit.memory;

import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import se.psi.core.meeting.domain.PresentationObligation;
import se.psi.core.meeting.domain.PresentationObligationId;
import se.psi.core.meeting.port.out.PresentationObligations;

/** {@link PresentationObligations} in memory. */
public final class InMemoryPresentationObligations
    extends InMemoryRepository<PresentationObligationId, PresentationObligation> implements PresentationObligations {

  public InMemoryPresentationObligations() {
    super("PresentationObligation", PresentationObligation::id, PresentationObligation::version);
  }

  @Override
  public Option<PresentationObligation> find(PresentationObligationId id) {
    return store.find(id);
  }

  @Override
  public List<PresentationObligation> unfulfilled() {
    return store.all().stream().filter(o -> o.status() != PresentationObligation.Status.FULFILLED)
        .sorted(Comparator.comparing(PresentationObligation::owedSince).thenComparing(o -> o.id().value()))
        .toList();
  }

  @Override
  public Option<PresentationObligation> ofProject(String projectReference) {
    return Option.ofOptional(store.all().stream().filter(o -> o.projectReference().equals(projectReference))
        .min(Comparator.comparing(PresentationObligation::owedSince)));
  }

  @Override
  public void save(PresentationObligation obligation) {
    store.save(obligation);
  }
}
