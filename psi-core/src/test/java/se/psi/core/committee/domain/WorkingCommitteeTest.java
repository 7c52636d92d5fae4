package se.psi.core.committee.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.core.TestFacts.DAY;
import static se.psi.core.TestFacts.meta;
import static se.psi.core.TestFacts.rulesOn;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.psi.core.rules.Evaluation;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.Verdict;
import se.psi.core.shared.PartnerId;
import se.psi.core.shared.Sector;
import se.psi.core.rules.Rejection;

class WorkingCommitteeTest {

  private static final RuleSet RULES = rulesOn(DAY);
  private final PartnerId civil1 = newId();
  private final PartnerId civil2 = newId();
  private final PartnerId region = newId();

  @Test
  void AU_1_an_inactive_partner_cannot_take_a_seat() {
    var refused = WorkingCommittee.empty("psi").take(civil1, Sector.CIVIL_SOCIETY, false, Optional.empty(), DAY,
        RULES, meta());

    assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
        refusal -> assertThat(refusal.ruleId()).isEqualTo("AU-1"));
  }

  @Test
  void AU_2_civil_society_and_social_economy_count_together_and_need_a_strict_majority() {
    assertThat(new SeatCounts(2, 1).holdsMajority()).isTrue();
    assertThat(new SeatCounts(2, 2).holdsMajority()).isFalse();
    assertThat(new SeatCounts(0, 0).holdsMajority()).isTrue();
    assertThat(new SeatCounts(3, 4).seatsToRestore()).isEqualTo(2);
    assertThat(Sector.SOCIAL_ECONOMY.isNonProfit()).isTrue();
    assertThat(CommitteeRules.AU_2.evaluate(CommitteeRules.SeatChange.standing(new SeatCounts(1, 1), false, DAY),
        RULES)).extracting(Evaluation::verdict).containsExactly(Verdict.NOT_MET);
  }

  @Test
  void AU_3_a_public_seat_that_would_tie_the_committee_is_refused_with_the_counts() {
    WorkingCommittee one = seated(WorkingCommittee.empty("psi"), civil1, Sector.SOCIAL_ECONOMY);

    var refused = one.take(region, Sector.PUBLIC, true, Optional.empty(), DAY, RULES, meta());

    assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class, refusal -> {
      assertThat(refusal.ruleId()).isEqualTo("AU-3");
      assertThat(refusal.args()).containsExactly(1, 1);
    });
  }

  @Test
  void AU_3_a_withdrawal_is_never_refused_and_marks_the_committee_out_of_balance() {
    WorkingCommittee committee = seated(seated(seated(WorkingCommittee.empty("psi"), civil1, Sector.CIVIL_SOCIETY),
        civil2, Sector.CIVIL_SOCIETY), region, Sector.PUBLIC);

    var changed = committee.vacate(civil1, CommitteeEvent.LeaveReason.WITHDREW_FROM_PARTNERSHIP, DAY, Optional.of(RULES), meta())
        .orElseThrow();

    assertThat(changed.committee().outOfBalance()).isTrue();
    assertThat(changed.events()).hasSize(2).last().isInstanceOf(CommitteeEvent.CommitteeBalanceLost.class);
    assertThat(changed.explanation().failedRuleIds()).containsExactly("AU-2");
    assertThat(committee.vacate(newId(), CommitteeEvent.LeaveReason.WITHDREW_FROM_PARTNERSHIP, DAY, Optional.of(RULES), meta()))
        .isEmpty();
  }

  @Test
  void AU_3_a_public_seat_given_up_by_leaving_the_partnership_restores_the_majority_and_says_so() {
    WorkingCommittee committee = seated(seated(seated(WorkingCommittee.empty("psi"), civil1, Sector.CIVIL_SOCIETY),
        civil2, Sector.CIVIL_SOCIETY), region, Sector.PUBLIC);
    WorkingCommittee outOfBalance = committee.vacate(civil1, CommitteeEvent.LeaveReason.WITHDREW_FROM_PARTNERSHIP,
        DAY, Optional.of(RULES), meta()).orElseThrow().committee();

    var restored = outOfBalance.vacate(region, CommitteeEvent.LeaveReason.AGREEMENT_ENDED, DAY, Optional.of(RULES), meta())
        .orElseThrow();

    assertThat(restored.committee().outOfBalance()).isFalse();
    assertThat(restored.events()).extracting(Object::getClass).containsExactly(
        CommitteeEvent.CommitteeSeatLeft.class, CommitteeEvent.CommitteeBalanceRestored.class);
    assertThat(restored.events().get(0)).isInstanceOfSatisfying(CommitteeEvent.CommitteeSeatLeft.class,
        left -> assertThat(left.reason()).isEqualTo(CommitteeEvent.LeaveReason.AGREEMENT_ENDED));
  }

  @Test
  void MEM_7_without_a_ruleset_in_force_the_seat_still_ends_and_the_majority_is_not_judged() {
    WorkingCommittee committee = seated(seated(seated(WorkingCommittee.empty("psi"), civil1, Sector.CIVIL_SOCIETY),
        civil2, Sector.CIVIL_SOCIETY), region, Sector.PUBLIC);

    var changed = committee.vacate(civil1, CommitteeEvent.LeaveReason.WITHDREW_FROM_PARTNERSHIP, DAY, Optional.empty(), meta()).orElseThrow();

    assertThat(changed.committee().seatOf(civil1)).isEmpty();
    assertThat(changed.committee().outOfBalance()).isFalse();
    assertThat(changed.events()).singleElement().isInstanceOf(CommitteeEvent.CommitteeSeatLeft.class);
    assertThat(changed.explanation().evaluations()).singleElement().satisfies(e -> {
      assertThat(e.ruleId()).isEqualTo("AU-2");
      assertThat(e.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
      assertThat(e.messageKey()).isEqualTo("committee.au2.noRuleSet");
    });
  }

  @Test
  void AU_4_meetings_follow_every_third_week_from_the_first_meeting() {
    LocalDate first = LocalDate.of(2022, 1, 11);

    assertThat(MeetingCadence.nextMeetings(first, first, 2, 3)).containsExactly(first, first.plusWeeks(3));
    assertThat(MeetingCadence.nextMeetings(first, LocalDate.of(2022, 1, 12), 1, 3))
        .containsExactly(LocalDate.of(2022, 2, 1));
    assertThat(MeetingCadence.nextMeetings(first, LocalDate.of(2021, 12, 1), 1, 3)).containsExactly(first);
    assertThat(RULES.committeeMeetingIntervalWeeks()).isEqualTo(3);
    assertThat(RULES.committeeConvenor()).isEqualTo("Region Örebro län");
  }

  private static WorkingCommittee seated(WorkingCommittee committee, PartnerId partner, Sector sector) {
    return committee.take(partner, sector, true, Optional.empty(), DAY, RULES, meta()).get().committee();
  }

  private static PartnerId newId() {
    return new PartnerId(UUID.randomUUID());
  }
}
