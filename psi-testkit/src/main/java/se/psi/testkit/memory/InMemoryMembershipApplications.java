package se.psi.testkit.memory;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import se.psi.core.membership.domain.ApplicationStatus;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.MembershipApplicationId;
import se.psi.core.membership.domain.MembershipDecision;
import se.psi.core.membership.domain.RecordedMembershipDecision;
import se.psi.core.membership.port.out.ApplicationFilter;
import se.psi.core.membership.port.out.MembershipApplications;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Page;

/** {@link MembershipApplications} in memory. */
public final class InMemoryMembershipApplications
    extends InMemoryRepository<MembershipApplicationId, MembershipApplication>
    implements MembershipApplications {

  public InMemoryMembershipApplications() {
    super("MembershipApplication", MembershipApplication::id, MembershipApplication::version);
  }

  @Override
  public Option<MembershipApplication> find(MembershipApplicationId id) {
    return store.find(id);
  }

  @Override
  public List<MembershipApplication> findByOrganisation(OrganisationNumber organisation) {
    return store.all().stream()
        .filter(a -> a.organisation().organisationNumber().equals(organisation))
        .sorted(Comparator.comparing(MembershipApplication::submittedOn))
        .toList();
  }

  @Override
  public Page<MembershipApplication> list(ApplicationFilter filter) {
    List<MembershipApplication> matching = store.all().stream()
        .filter(a -> filter.status().map(s -> a.status() == s).orElse(true))
        .sorted(Comparator.comparing(MembershipApplication::submittedOn).thenComparing(a -> a.id().value()))
        .toList();
    return Page.exact(matching.stream().skip(filter.offset()).limit(filter.limit()).toList(), filter.offset(),
        filter.limit(), matching.size());
  }

  @Override
  public Map<ApplicationStatus, Long> countByStatus(Year submittedIn) {
    return store.all().stream()
        .filter(a -> Year.from(a.submittedOn()).equals(submittedIn))
        .collect(Collectors.groupingBy(MembershipApplication::status, Collectors.counting()));
  }

  @Override
  public void save(MembershipApplication application) {
    store.save(application);
  }

  @Override
  public void forEachDecision(LocalDate from, LocalDate to, Consumer<RecordedMembershipDecision> each) {
    List<RecordedMembershipDecision> decided = new ArrayList<>();
    for (MembershipApplication application : store.all()) {
      List<MembershipDecision> decisions = application.decisions();
      for (int i = 0; i < decisions.size(); i++) {
        LocalDate on = decisions.get(i).decidedOn();
        if (!on.isBefore(from) && !on.isAfter(to)) {
          decided.add(new RecordedMembershipDecision(application.id(), i + 1, decisions.get(i)));
        }
      }
    }
    // Ids compare as unsigned bytes, as PostgreSQL and H2 order UUIDs.
    decided.sort(Comparator.comparing((RecordedMembershipDecision d) -> d.decision().decidedOn())
        .thenComparing((a, b) -> {
          UUID x = a.applicationId().value();
          UUID y = b.applicationId().value();
          int high = Long.compareUnsigned(x.getMostSignificantBits(), y.getMostSignificantBits());
          return high != 0 ? high : Long.compareUnsigned(x.getLeastSignificantBits(), y.getLeastSignificantBits());
        }).thenComparingInt(RecordedMembershipDecision::number));
    decided.forEach(each);
  }
}
