package se.psi.testkit.memory;

import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.MembershipApplicationId;
import se.psi.core.membership.port.out.MembershipApplications;
import se.psi.core.shared.OrganisationNumber;

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
  public void save(MembershipApplication application) {
    store.save(application);
  }
}
