package se.psi.core.contact.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.psi.core.TestFacts.DAY;
import static se.psi.core.TestFacts.contact;
import static se.psi.core.TestFacts.meta;
import static se.psi.core.TestFacts.rulesOn;

import java.time.Period;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.PartnerId;
import se.psi.core.rules.Rejection;

class PartnerContactTest {

  private static final OrganisationNumber NUMBER = OrganisationNumber.of("232100-0164");

  @Test
  void CON_1_an_active_partner_has_a_contact_or_a_vacancy_never_both_never_neither() {
    PartnerContact register = opened(false);

    assertThat(register.current()).isPresent();
    PartnerContact vacant = register.reportVacancy(DAY, meta()).get().register();
    assertThat(vacant.current()).isEmpty();
    assertThat(vacant.vacancy()).isPresent();
    assertThatThrownBy(() -> ImmutablePartnerContact.builder().from(register).current(Optional.empty()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("CON-1");
    assertThat(register.close(DAY)).satisfies(closed -> {
      assertThat(closed.current()).isEmpty();
      assertThat(closed.vacancy()).isEmpty();
    });
  }

  @Test
  void CON_2_the_vacancy_counts_from_the_leaving_and_is_unreachable_after_the_grace_period() {
    PartnerContact vacant = opened(false).reportVacancy(DAY, meta()).get().register();
    Period grace = rulesOn(DAY).contactVacancyGracePeriod();

    assertThat(vacant.unreachableOn(DAY.plus(grace), grace)).isFalse();
    assertThat(vacant.unreachableOn(DAY.plus(grace).plusDays(1), grace)).isTrue();
    assertThat(vacant.reportVacancy(DAY, meta()).getLeft().messageKey()).isEqualTo("contact.alreadyVacant");
  }

  @Test
  void CON_2_a_successor_ends_the_vacancy_and_the_former_contact_is_kept_with_dates() {
    PartnerContact vacant = opened(false).reportVacancy(DAY, meta()).get().register();

    var changed = vacant.appoint(contact(false), DAY.plusDays(10), rulesOn(DAY), meta()).get();

    assertThat(changed.register().vacancy()).isEmpty();
    assertThat(changed.register().former()).singleElement()
        .satisfies(former -> assertThat(former.until()).contains(DAY));
    assertThat(changed.events()).singleElement().isInstanceOf(ContactEvent.ContactPersonAppointed.class);
  }

  @Test
  void CON_3_erasing_a_former_contact_removes_name_role_email_and_phone() {
    PartnerContact register = opened(false);
    ContactPersonId former = register.current().orElseThrow().person().id();
    PartnerContact handedOver = register.appoint(contact(false), DAY, rulesOn(DAY), meta()).get().register();

    PartnerContact erased = handedOver.erase(former, meta()).get().register();

    assertThat(erased.appointmentsOf(former)).singleElement().satisfies(a -> {
      assertThat(a.person()).extracting(ContactPerson::name, ContactPerson::role, ContactPerson::email)
          .containsOnly("");
      assertThat(a.person().phone()).isEmpty();
      assertThat(a.person().erased()).isTrue();
    });
    assertThat(handedOver.erase(handedOver.current().orElseThrow().person().id(), meta()).getLeft().messageKey())
        .isEqualTo("contact.eraseCurrent");
  }

  @Test
  void CON_4_a_municipality_register_takes_only_an_official_where_the_ruleset_of_the_day_asks_for_one() {
    PartnerContact municipality = opened(true);
    var in2017 = rulesOn(java.time.LocalDate.of(2017, 3, 1));
    var in2023 = rulesOn(java.time.LocalDate.of(2023, 3, 1));

    var refused = municipality.appoint(contact(false), in2017.validFrom(), in2017, meta());

    assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class, refusal -> {
      assertThat(refusal.explanation().failedRuleIds()).containsExactly("CON-4");
      assertThat(refusal.args()).containsExactly("orebro-2016");
    });
    assertThat(municipality.appoint(contact(true), in2017.validFrom(), in2017, meta()).isRight()).isTrue();
    assertThat(municipality.appoint(contact(false), in2023.validFrom(), in2023, meta()).isRight()).isTrue();
    assertThat(opened(false).appoint(contact(false), in2017.validFrom(), in2017, meta()).isRight()).isTrue();
  }

  private static PartnerContact opened(boolean municipality) {
    return PartnerContact.open(new PartnerId(UUID.randomUUID()), NUMBER, municipality, contact(true),
        DAY.minusYears(1), meta()).register();
  }
}
