package se.psi.testkit.memory;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import se.psi.core.followup.domain.GrantFollowUp;
import se.psi.core.followup.port.out.GrantFollowUps;
import se.psi.core.grant.domain.GrantApplicationId;

/** {@link GrantFollowUps} in memory. */
public final class InMemoryGrantFollowUps extends InMemoryRepository<GrantApplicationId, GrantFollowUp>
    implements GrantFollowUps {

  public InMemoryGrantFollowUps() {
    super(GrantFollowUp.TYPE, GrantFollowUp::applicationId, GrantFollowUp::version);
  }

  @Override
  public Option<GrantFollowUp> find(GrantApplicationId id) {
    return store.find(id);
  }

  @Override
  public List<GrantFollowUp> awaitingReport(LocalDate day) {
    return store.all().stream()
        .filter(f -> f.report().isEmpty() && !f.terms().firstReminder().isAfter(day))
        .sorted(Comparator.comparing((GrantFollowUp f) -> f.terms().firstReminder())
            .thenComparing(f -> f.applicationId().value()))
        .toList();
  }

  @Override
  public void save(GrantFollowUp followUp) {
    store.save(followUp);
  }
}
