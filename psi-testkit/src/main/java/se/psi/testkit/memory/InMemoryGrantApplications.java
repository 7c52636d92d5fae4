package se.psi.testkit.memory;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.port.out.GrantApplications;

/** {@link GrantApplications} in memory. */
public final class InMemoryGrantApplications extends InMemoryRepository<GrantApplicationId, GrantApplication>
    implements GrantApplications {

  public InMemoryGrantApplications() {
    super("GrantApplication", GrantApplication::id, GrantApplication::version);
  }

  @Override
  public Option<GrantApplication> find(GrantApplicationId id) {
    return store.find(id);
  }

  @Override
  public List<GrantApplication> decidedBetween(LocalDate from, LocalDate to) {
    return store.all().stream().filter(a -> a.decision().filter(d -> !d.decidedOn().isBefore(from)
        && !d.decidedOn().isAfter(to)).isPresent())
        .sorted(Comparator.comparing((GrantApplication a) -> a.decision().orElseThrow().decidedOn())
            .thenComparing(a -> a.id().value())).toList();
  }

  @Override
  public List<GrantApplication> ofSchemeYear(int year) {
    return store.all().stream().filter(a -> a.schemeYear() == year)
        .sorted(Comparator.comparing(a -> a.id().value())).toList();
  }

  @Override
  public void save(GrantApplication application) {
    store.save(application);
  }
}
