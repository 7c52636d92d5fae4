package se.psi.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static se.psi.testkit.fixtures.Fixtures.A_DAY_IN_2022;
import static se.psi.testkit.fixtures.Fixtures.aBareApplication;
import static se.psi.testkit.fixtures.Fixtures.aContactPerson;
import static se.psi.testkit.fixtures.Fixtures.aCompleteApplication;
import static se.psi.testkit.fixtures.Fixtures.aMunicipality;
import static se.psi.testkit.fixtures.Fixtures.anAssociation;
import static se.psi.testkit.fixtures.Fixtures.eventMeta;
import static se.psi.testkit.fixtures.Fixtures.rules2022;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.psi.core.membership.domain.ApplicationStatus;
import se.psi.core.membership.domain.BoardDecision;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.MembershipApplicationId;
import se.psi.core.membership.domain.RecordedMembershipDecision;
import se.psi.core.membership.port.out.ApplicationFilter;
import se.psi.core.membership.port.out.MembershipApplications;
import se.psi.core.shared.PartnerId;
import se.psi.core.port.out.StaleVersionException;

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
  void a_decided_application_keeps_its_decision_explanation_and_receipt() {
    MembershipApplications applications = applications();
    MembershipApplication application = aBareApplication(aMunicipality());
    applications.save(application);

    var decided = application.decide(rules2022(), A_DAY_IN_2022, "au-1", new PartnerId(UUID.randomUUID()),
        eventMeta()).get().application();
    applications.save(decided);

    MembershipApplication found = applications.find(application.id()).get();
    assertThat(found).isEqualTo(decided);
    assertThat(found.latestDecision().get().explanation()).isEqualTo(decided.latestDecision().get().explanation());
    var receipt = found.latestDecision().get().receipt().orElseThrow();
    assertThat(receipt).isEqualTo(decided.latestDecision().get().receipt().orElseThrow());
    assertThat(receipt.intact()).isTrue();
  }

  @Test
  void the_decisions_of_a_period_are_handed_over_oldest_first_with_their_numbers_and_receipts() {
    MembershipApplications applications = applications();
    LocalDate first = LocalDate.of(2022, 3, 1);
    MembershipApplication twice = aBareApplication(anAssociation());
    MembershipApplication later = aBareApplication(anAssociation());
    MembershipApplication outside = aBareApplication(anAssociation());
    List.of(twice, later, outside).forEach(applications::save);
    MembershipApplication incomplete = decideOn(twice, first);
    applications.save(incomplete);
    MembershipApplication completed = incomplete.complete(Optional.of(new BoardDecision(first, "Styrelsen", "§ 1")),
        Optional.of(aContactPerson(false)), Optional.empty(), eventMeta()).get().application();
    applications.save(completed);
    applications.save(decideOn(completed, first.plusDays(20)));
    applications.save(decideOn(later, first.plusDays(10)));
    applications.save(decideOn(outside, first.plusDays(21)));

    List<RecordedMembershipDecision> handed = new ArrayList<>();
    applications.forEachDecision(first, first.plusDays(20), handed::add);

    assertThat(handed).extracting(d -> d.applicationId(), RecordedMembershipDecision::number,
        d -> d.decision().decidedOn()).containsExactly(
            tuple(twice.id(), 1, first), tuple(later.id(), 1, first.plusDays(10)),
            tuple(twice.id(), 2, first.plusDays(20)));
    assertThat(handed).allSatisfy(d -> assertThat(d.decision().receipt()).isPresent());
    assertThat(handed.get(0).decision().receipt().get().outcome()).isEqualTo("INCOMPLETE");
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
  void a_new_application_saved_again_as_new_is_a_stale_write() {
    MembershipApplications applications = applications();
    MembershipApplication application = aBareApplication(anAssociation());
    applications.save(application);

    assertThatThrownBy(() -> applications.save(application)).isInstanceOf(StaleVersionException.class);
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

  @Test
  void applications_are_listed_oldest_submitted_first_and_by_status() {
    MembershipApplications applications = applications();
    MembershipApplication latest = submittedOn(LocalDate.of(2023, 2, 1));
    MembershipApplication first = submittedOn(LocalDate.of(2022, 1, 10));
    MembershipApplication second = submittedOn(LocalDate.of(2022, 3, 1));
    List.of(latest, first, second).forEach(applications::save);
    MembershipApplication admitted = admit(second);
    applications.save(admitted);

    var all = applications.list(new ApplicationFilter(Optional.empty(), 0, 10));
    var waiting = applications.list(new ApplicationFilter(Optional.of(ApplicationStatus.SUBMITTED), 0, 10));
    var secondPage = applications.list(new ApplicationFilter(Optional.empty(), 2, 2));

    assertThat(all.items()).containsExactly(first, admitted, latest);
    assertThat(all.total()).isEqualTo(3);
    assertThat(all.totalExact()).isTrue();
    assertThat(waiting.items()).containsExactly(first, latest);
    assertThat(secondPage.items()).containsExactly(latest);
    assertThat(secondPage.hasMore()).isFalse();
  }

  @Test
  void the_applications_submitted_in_a_year_are_counted_by_where_they_stand() {
    MembershipApplications applications = applications();
    MembershipApplication waiting = submittedOn(LocalDate.of(2022, 1, 1));
    MembershipApplication decided = submittedOn(LocalDate.of(2022, 12, 31));
    MembershipApplication nextYear = submittedOn(LocalDate.of(2023, 1, 1));
    List.of(waiting, decided, nextYear).forEach(applications::save);
    MembershipApplication decidedNow = admit(decided);
    applications.save(decidedNow);

    Map<ApplicationStatus, Long> counts = applications.countByStatus(Year.of(2022));

    assertThat(counts).containsOnly(entry(ApplicationStatus.SUBMITTED, 1L), entry(decidedNow.status(), 1L));
    assertThat(applications.countByStatus(Year.of(2021)).values()).allMatch(count -> count == 0);
  }

  private static MembershipApplication submittedOn(LocalDate day) {
    return MembershipApplication.submit(new MembershipApplicationId(UUID.randomUUID()), aMunicipality(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), day, eventMeta()).application();
  }

  private static MembershipApplication decideOn(MembershipApplication application, LocalDate day) {
    return application.decide(rules2022(), day, "au-1", new PartnerId(UUID.randomUUID()), eventMeta()).get()
        .application();
  }

  private static MembershipApplication admit(MembershipApplication application) {
    return application.decide(rules2022(), A_DAY_IN_2022, "au-1", new PartnerId(UUID.randomUUID()), eventMeta())
        .get().application();
  }
}
