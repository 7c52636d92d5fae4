package se.psi.testkit.memory;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.domain.GrantCaseSummary;
import se.psi.core.grant.port.out.CaseFilter;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.shared.Page;

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
  public Page<GrantCaseSummary> cases(CaseFilter filter) {
    List<GrantCaseSummary> matching = store.all().stream()
        .filter(a -> filter.statuses().contains(a.status()))
        .filter(a -> filter.applicant().map(a.applicant().organisationNumber()::equals).orElse(true))
        .map(GrantCaseSummary::of)
        .filter(c -> filter.arrivedOnOrBefore().map(day -> c.arrivedOn().filter(on -> !on.isAfter(day)).isPresent())
            .orElse(true))
        .sorted(Comparator.comparing((GrantCaseSummary c) -> c.arrivedOn().orElse(LocalDate.MIN))
            .thenComparing(c -> c.applicationId().value()))
        .toList();
    return Page.exact(matching.stream().skip(filter.offset()).limit(filter.limit()).toList(), filter.offset(),
        filter.limit(), matching.size());
  }

  @Override
  public void save(GrantApplication application) {
    store.save(application);
  }
}
