package se.psi.core.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.core.TestFacts.complete;
import static se.psi.core.TestFacts.meta;
import static se.psi.core.TestFacts.organisation;
import static se.psi.core.TestFacts.rulesOn;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.PartnerId;

class PartnerTest {

  private static final LocalDate IN_2017 = LocalDate.of(2017, 4, 1);

  @Test
  void MEM_7_withdrawal_takes_effect_on_the_day_and_only_a_partner_that_already_left_cannot_leave() {
    Partner partner = admitted(LocalDate.of(2022, 3, 1));

    Partner withdrawn = partner.withdraw(LocalDate.of(2022, 5, 2), meta()).get().partner();

    assertThat(withdrawn.status()).isEqualTo(PartnerStatus.WITHDRAWN);
    assertThat(withdrawn.isActiveOn(LocalDate.of(2022, 5, 2))).isFalse();
    assertThat(withdrawn.withdraw(LocalDate.of(2022, 5, 3), meta()).getLeft().messageKey())
        .isEqualTo("partner.withdrawn");
  }

  @Test
  void MEM_8_an_agreement_under_the_2016_ruleset_ends_with_2018_unless_renewed() {
    Partner partner = admitted(IN_2017);

    assertThat(partner.agreementEndsOn()).contains(LocalDate.of(2018, 12, 31));
    assertThat(partner.isActiveOn(LocalDate.of(2018, 12, 31))).isTrue();
    assertThat(partner.isActiveOn(LocalDate.of(2019, 1, 1))).isFalse();
    Partner renewed = partner.renewAgreement(Optional.of(LocalDate.of(2020, 12, 31)), LocalDate.of(2018, 12, 31),
        "orebro-2016", meta()).get().partner();
    assertThat(renewed.isActiveOn(LocalDate.of(2019, 1, 1))).isTrue();
  }

  @Test
  void MEM_8_an_agreement_is_renewed_while_it_runs_never_after_its_last_day() {
    Partner partner = admitted(IN_2017);

    var late = partner.renewAgreement(Optional.empty(), LocalDate.of(2019, 1, 1), "orebro-2016", meta());

    assertThat(late.getLeft()).isInstanceOfSatisfying(se.psi.core.rules.Rejection.RuleRefusal.class, refusal -> {
      assertThat(refusal.ruleId()).isEqualTo("MEM-8");
      assertThat(refusal.explanation().failures()).singleElement()
          .satisfies(e -> assertThat(e.field()).isEqualTo("agreementEndsOn"));
    });
  }

  @Test
  void MEM_8_an_ended_agreement_is_recorded_once_and_the_partner_is_then_no_longer_a_party() {
    Partner partner = admitted(IN_2017);
    assertThat(partner.endAgreement(LocalDate.of(2018, 12, 31), meta()).getLeft().messageKey())
        .isEqualTo("partner.agreementRuns");

    var ended = partner.endAgreement(LocalDate.of(2019, 1, 3), meta()).get();

    assertThat(ended.partner().status()).isEqualTo(PartnerStatus.AGREEMENT_ENDED);
    assertThat(ended.events()).singleElement().isInstanceOfSatisfying(PartnerEvent.PartnerAgreementEnded.class,
        event -> {
          assertThat(event.agreementEndedOn()).isEqualTo(LocalDate.of(2018, 12, 31));
          assertThat(event.recordedOn()).isEqualTo(LocalDate.of(2019, 1, 3));
        });
    Partner former = ended.partner();
    assertThat(former.endAgreement(LocalDate.of(2019, 1, 4), meta()).getLeft().messageKey())
        .isEqualTo("partner.agreementEndedState");
    assertThat(former.withdraw(LocalDate.of(2019, 1, 4), meta()).getLeft().messageKey())
        .isEqualTo("partner.agreementEndedState");
    assertThat(former.recordEngagement(EngagementLevel.CORE, meta()).isLeft()).isTrue();
    assertThat(former.renewAgreement(Optional.empty(), LocalDate.of(2019, 1, 4), "orebro-2016", meta()).isLeft())
        .isTrue();
  }

  @Test
  void MEM_8_agreements_under_the_plan_have_no_end_date() {
    assertThat(admitted(LocalDate.of(2022, 3, 1)).agreementEndsOn()).isEmpty();
  }

  @Test
  void MEM_9_engagement_is_optional_and_recorded_when_given() {
    Partner partner = admitted(LocalDate.of(2022, 3, 1));
    assertThat(partner.engagement()).isEmpty();

    assertThat(partner.recordEngagement(EngagementLevel.CORE, meta()).get().partner().engagement())
        .contains(EngagementLevel.CORE);
  }

  private static Partner admitted(LocalDate on) {
    var application = complete(organisation(OrganisationKind.MUNICIPALITY));
    return Partner.admit(new PartnerId(UUID.randomUUID()), application, on, rulesOn(on), meta()).partner();
  }
}
