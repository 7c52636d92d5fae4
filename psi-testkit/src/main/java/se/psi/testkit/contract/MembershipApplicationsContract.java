package se.psi.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.psi.testkit.fixtures.Fixtures.A_DAY_IN_2022;
import static se.psi.testkit.fixtures.Fixtures.aBareApplication;
import static se.psi.testkit.fixtures.Fixtures.aCompleteApplication;
import static se.psi.testkit.fixtures.Fixtures.aMunicipality;
import static se.psi.testkit.fixtures.Fixtures.anAssociation;
import static se.psi.testkit.fixtures.Fixtures.eventMeta;
import static se.psi.testkit.fixtures.Fixtures.rules2022;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.port.out.MembershipApplications;
import se.psi.core.shared.PartnerId;
import se.psi.core.usecase.StaleVersionException;

/** The contract of the {@link MembershipApplications} port. Return a fresh, empty store from the factory method. */
public abstract class MembershipApplicationsContract {

  protected abstract MembershipApplications applications();

  @Test
  void an_application_with_every_part_is_found_as_saved() {
    MembershipApplications applications = applications();
    MembershipApplication application = aCompleteApplication(aMunicipality());

    applications.save(application);

    assertThat(applications.find(application.id()).get()).isEqualTo(application);
  }

  @Test
  void an_application_with_missing_parts_is_found_as_saved() {
    MembershipApplications applications = applications();
    MembershipApplication application = aBareApplication(anAssociation());

    applications.save(application);

    assertThat(applications.find(application.id()).get()).isEqualTo(application);
  }

  @Test
  void a_decided_application_keeps_its_decision_and_explanation() {
    MembershipApplications applications = applications();
    MembershipApplication application = aBareApplication(aMunicipality());
    applications.save(application);

    var decided = application.decide(rules2022(), A_DAY_IN_2022, "au-1", new PartnerId(UUID.randomUUID()),
        eventMeta()).get().application();
    applications.save(decided);

    MembershipApplication found = applications.find(application.id()).get();
    assertThat(found).isEqualTo(decided);
    assertThat(found.latestDecision().get().explanation()).isEqualTo(decided.latestDecision().get().explanation());
  }

  @Test
  void a_stale_write_is_refused() {
    MembershipApplications applications = applications();
    MembershipApplication application = aBareApplication(anAssociation());
    applications.save(application);
    var decided = application.decide(rules2022(), A_DAY_IN_2022, "au-1", new PartnerId(UUID.randomUUID()),
        eventMeta()).get().application();
    applications.save(decided);

    assertThatThrownBy(() -> applications.save(decided)).isInstanceOf(StaleVersionException.class);
  }

  @Test
  void an_organisations_applications_are_found_by_its_number() {
    MembershipApplications applications = applications();
    MembershipApplication mine = aBareApplication(anAssociation());
    MembershipApplication other = aBareApplication(anAssociation());
    applications.save(mine);
    applications.save(other);

    assertThat(applications.findByOrganisation(mine.organisation().organisationNumber())).containsExactly(mine);
  }
}
