package se.psi.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.psi.testkit.fixtures.Fixtures.A_DAY_IN_2022;
import static se.psi.testkit.fixtures.Fixtures.anAdmittedPartner;
import static se.psi.testkit.fixtures.Fixtures.anAssociation;
import static se.psi.testkit.fixtures.Fixtures.anOrganisation;
import static se.psi.testkit.fixtures.Fixtures.eventMeta;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.domain.PartnerStatus;
import se.psi.core.membership.port.out.PartnerFilter;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.Page;
import se.psi.core.shared.Sector;
import se.psi.core.port.out.StaleVersionException;

/**
 * The contract of the {@link Partners} port. Extend it in your adapter's tests and return a fresh, empty store from
 * {@link #partners()} (or one whose data no other test touches).
 */
public abstract class PartnersContract {

  /** The implementation under test, empty. */
  protected abstract Partners partners();

  @Test
  void a_saved_partner_is_found_as_saved() {
    Partners partners = partners();
    Partner partner = anAdmittedPartner(anAssociation());

    partners.save(partner);

    assertThat(partners.find(partner.id()).get()).isEqualTo(partner);
    assertThat(partners.findCurrent(partner.organisation().organisationNumber()).get()).isEqualTo(partner);
  }

  @Test
  void a_change_is_saved_over_the_version_it_was_made_from() {
    Partners partners = partners();
    Partner partner = anAdmittedPartner(anAssociation());
    partners.save(partner);

    Partner withdrawn = partner.withdraw(A_DAY_IN_2022, eventMeta()).get().partner();
    partners.save(withdrawn);

    assertThat(partners.find(partner.id()).get()).isEqualTo(withdrawn);
    assertThat(partners.findCurrent(partner.organisation().organisationNumber()).isEmpty()).isTrue();
  }

  @Test
  void a_stale_write_is_refused_and_the_newer_state_kept() {
    Partners partners = partners();
    Partner partner = anAdmittedPartner(anAssociation());
    partners.save(partner);
    Partner first = partner.withdraw(A_DAY_IN_2022, eventMeta()).get().partner();
    Partner second = partner.recordEngagement(
        se.psi.core.membership.domain.EngagementLevel.CORE, eventMeta()).get().partner();
    partners.save(first);

    assertThatThrownBy(() -> partners.save(second)).isInstanceOf(StaleVersionException.class);
    assertThat(partners.find(partner.id()).get()).isEqualTo(first);
  }

  @Test
  void a_new_partner_cannot_overwrite_a_stored_one() {
    Partners partners = partners();
    Partner partner = anAdmittedPartner(anAssociation());
    partners.save(partner);

    assertThatThrownBy(() -> partners.save(partner)).isInstanceOf(StaleVersionException.class);
  }

  @Test
  void concurrent_changes_of_one_version_exactly_one_wins() throws InterruptedException {
    Partners partners = partners();
    Partner partner = anAdmittedPartner(anAssociation());
    partners.save(partner);
    List<Runnable> writers = IntStream.range(0, 8)
        .<Runnable>mapToObj(i -> () -> partners.save(partner.recordEngagement(
            se.psi.core.membership.domain.EngagementLevel.values()[i % 4], eventMeta()).get().partner()))
        .toList();

    assertThat(Concurrently.succeeded(writers)).isEqualTo(1);
    assertThat(partners.find(partner.id()).get().version()).isEqualTo(2);
  }

  @Test
  void lists_filter_by_sector_status_and_activity_in_stable_name_order() {
    Partners partners = partners();
    Partner bravo = anAdmittedPartner(anOrganisation(OrganisationKind.ASSOCIATION, "Bravo förening"));
    Partner alfa = anAdmittedPartner(anOrganisation(OrganisationKind.ASSOCIATION, "Alfa förening"));
    Partner town = anAdmittedPartner(anOrganisation(OrganisationKind.MUNICIPALITY, "Charlie kommun"));
    Partner gone = anAdmittedPartner(anOrganisation(OrganisationKind.FOUNDATION, "Delta stiftelse"));
    List.of(bravo, alfa, town, gone).forEach(partners::save);
    partners.save(gone.withdraw(A_DAY_IN_2022, eventMeta()).get().partner());

    assertThat(names(partners.list(PartnerFilter.all(0, 10)).items()))
        .containsExactly("Alfa förening", "Bravo förening", "Charlie kommun", "Delta stiftelse");
    assertThat(names(partners.list(new PartnerFilter(Optional.of(Sector.CIVIL_SOCIETY), Optional.empty(),
        Optional.of(A_DAY_IN_2022), 0, 10)).items())).containsExactly("Alfa förening", "Bravo förening");
    assertThat(names(partners.list(new PartnerFilter(Optional.empty(), Optional.of(PartnerStatus.WITHDRAWN),
        Optional.empty(), 0, 10)).items())).containsExactly("Delta stiftelse");
  }

  @Test
  void the_active_partners_whose_agreement_ended_before_a_day_are_found_for_the_daily_job() {
    Partners partners = partners();
    Partner ended = endingOn(anAdmittedPartner(anAssociation()), A_DAY_IN_2022.minusDays(1));
    Partner endsToday = endingOn(anAdmittedPartner(anAssociation()), A_DAY_IN_2022);
    Partner open = anAdmittedPartner(anAssociation());
    Partner withdrawn = endingOn(anAdmittedPartner(anAssociation()), A_DAY_IN_2022.minusYears(1));
    List.of(ended, endsToday, open, withdrawn).forEach(partners::save);
    partners.save(withdrawn.withdraw(A_DAY_IN_2022.minusYears(2), eventMeta()).get().partner());

    assertThat(partners.withAgreementEndedBefore(A_DAY_IN_2022)).containsExactly(ended);

    Partner recorded = ended.endAgreement(A_DAY_IN_2022, eventMeta()).get().partner();
    partners.save(recorded);
    assertThat(partners.withAgreementEndedBefore(A_DAY_IN_2022)).isEmpty();
    assertThat(partners.find(ended.id()).get()).isEqualTo(recorded);
    assertThat(partners.findCurrent(ended.organisation().organisationNumber()).isEmpty()).isTrue();
    assertThat(names(partners.list(new PartnerFilter(Optional.empty(), Optional.of(PartnerStatus.AGREEMENT_ENDED),
        Optional.empty(), 0, 10)).items())).containsExactly(ended.organisation().name());
  }

  /** The same partner as admitted under a ruleset whose agreements end on {@code lastDay} (MEM-8). */
  private static Partner endingOn(Partner partner, java.time.LocalDate lastDay) {
    return Partner.builder().from(partner).agreementEndsOn(lastDay).build();
  }

  @Test
  void pages_are_counted_and_do_not_overlap() {
    Partners partners = partners();
    IntStream.range(0, 7).forEach(i -> partners.save(
        anAdmittedPartner(anOrganisation(OrganisationKind.ASSOCIATION, "Förening " + i))));

    var first = partners.list(PartnerFilter.all(0, 3));
    var third = partners.list(PartnerFilter.all(6, 3));

    assertThat(first.total()).isEqualTo(7);
    assertThat(names(first.items())).containsExactly("Förening 0", "Förening 1", "Förening 2");
    assertThat(names(third.items())).containsExactly("Förening 6");
  }

  @Test
  void a_large_listing_may_be_counted_only_to_the_horizon_past_the_page() {
    Partners partners = partners();
    int stored = 3 + (int) Page.countLimit(0, 2);
    IntStream.range(0, stored).forEach(i -> partners.save(
        anAdmittedPartner(anOrganisation(OrganisationKind.ASSOCIATION, "Förening " + i))));

    var first = partners.list(PartnerFilter.all(0, 2));
    var last = partners.list(PartnerFilter.all(stored - 1, 2));

    assertThat(first.hasMore()).isTrue();
    if (first.totalExact()) {
      assertThat(first.total()).isEqualTo(stored);
    } else {
      assertThat(first.total()).isBetween(Page.countLimit(0, 2), (long) stored - 1);
    }
    assertThat(last.totalExact()).isTrue();
    assertThat(last.total()).isEqualTo(stored);
    assertThat(last.hasMore()).isFalse();
  }

  @Test
  void a_new_partner_saved_again_as_new_is_a_stale_write() {
    Partners partners = partners();
    Partner partner = anAdmittedPartner(anAssociation());
    partners.save(partner);

    assertThatThrownBy(() -> partners.save(partner)).isInstanceOf(StaleVersionException.class);
  }

  @Test
  void an_organisation_has_at_most_one_partner_that_has_not_withdrawn() {
    Partners partners = partners();
    Partner partner = anAdmittedPartner(anAssociation());
    partners.save(partner);
    Partner again = anAdmittedPartner(partner.organisation());

    assertThatThrownBy(() -> partners.save(again)).isInstanceOf(RuntimeException.class)
        .isNotInstanceOf(StaleVersionException.class);
    assertThat(partners.find(again.id()).isEmpty()).isTrue();
  }

  private static List<String> names(List<Partner> partners) {
    return partners.stream().map(p -> p.organisation().name()).toList();
  }
}
