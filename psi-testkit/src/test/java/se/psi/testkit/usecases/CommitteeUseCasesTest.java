package se.psi.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.testkit.usecases.PsiWorld.adminOf;
import static se.psi.testkit.usecases.PsiWorld.committeeMember;
import static se.psi.testkit.usecases.PsiWorld.ok;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.psi.core.committee.domain.CommitteeEvent;
import se.psi.core.committee.port.in.CommitteeQuery;
import se.psi.core.committee.port.in.CommitteeView;
import se.psi.core.committee.port.in.GetWorkingCommitteeUseCase;
import se.psi.core.committee.port.in.LeaveCommitteeSeatUseCase;
import se.psi.core.committee.port.in.NextCommitteeMeetingsQuery;
import se.psi.core.committee.port.in.NextCommitteeMeetingsUseCase;
import se.psi.core.committee.port.in.SeatCommand;
import se.psi.core.committee.port.in.TakeCommitteeSeatUseCase;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.port.in.PartnerCommand;
import se.psi.core.membership.port.in.RenewAgreementCommand;
import se.psi.core.membership.port.in.RenewAgreementUseCase;
import se.psi.core.membership.port.in.WithdrawFromPartnershipUseCase;
import se.psi.core.rules.OrebroRuleSets;
import se.psi.core.rules.RuleSetRegistry;
import se.psi.core.shared.Actor;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.rules.Rejection;

@OnEachDate
class CommitteeUseCasesTest {

  private final PsiWorld world;

  CommitteeUseCasesTest(String today) {
    world = new PsiWorld(today);
  }

  @Test
  void AU_1_any_active_partner_may_take_a_seat() {
    Partner verdandi = world.admitted(OrganisationKind.ASSOCIATION, "Verdandi");

    CommitteeView view = take(verdandi);

    assertThat(view.committee().seats()).extracting(seat -> seat.partnerId()).containsExactly(verdandi.id());
    assertThat(view.explanation().evaluations()).extracting(e -> e.ruleId()).containsExactly("AU-1", "AU-2", "AU-3");
  }

  @Test
  void AU_1_a_partner_that_has_left_cannot_take_a_seat() {
    Partner verdandi = world.admitted(OrganisationKind.ASSOCIATION, "Verdandi");
    withdraw(verdandi);

    var refused = world.useCase(TakeCommitteeSeatUseCase.class).takeCommitteeSeat(seat(verdandi));

    assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
        refusal -> assertThat(refusal.ruleId()).isEqualTo("AU-1"));
  }

  @Test
  void AU_3_a_seat_that_would_break_the_civil_society_majority_is_refused_with_the_counts() {
    take(world.admitted(OrganisationKind.ASSOCIATION, "Verdandi"));
    take(world.admitted(OrganisationKind.FOUNDATION, "Stiftelsen Activa"));
    take(world.admitted(OrganisationKind.REGION, "Region Örebro län"));
    Partner university = world.admitted(OrganisationKind.UNIVERSITY, "Örebro universitet");

    var refused = world.useCase(TakeCommitteeSeatUseCase.class).takeCommitteeSeat(seat(university));

    assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class, refusal -> {
      assertThat(refusal.ruleId()).isEqualTo("AU-3");
      assertThat(refusal.messageKey()).isEqualTo("committee.au3.wouldBreak");
      assertThat(refusal.args()).containsExactly(2, 2);
      assertThat(refusal.explanation().rulesetVersion()).isEqualTo(world.rulesInForce().version());
    });
    assertThat(committee().committee().seats()).hasSize(3);
  }

  @Test
  void MEM_7_AU_3_a_withdrawal_that_breaks_the_majority_is_accepted_and_marks_the_committee_out_of_balance() {
    Partner verdandi = world.admitted(OrganisationKind.ASSOCIATION, "Verdandi");
    take(verdandi);
    take(world.admitted(OrganisationKind.FOUNDATION, "Stiftelsen Activa"));
    take(world.admitted(OrganisationKind.REGION, "Region Örebro län"));
    Partner university = world.admitted(OrganisationKind.UNIVERSITY, "Örebro universitet");

    withdraw(verdandi);

    CommitteeView view = committee();
    assertThat(view.committee().outOfBalance()).isTrue();
    assertThat(view.counts().nonProfit()).isEqualTo(1);
    assertThat(view.explanation().evaluations()).singleElement()
        .satisfies(e -> assertThat(e.args()).containsExactly(1, 1, 1));
    assertThat(world.psi.outbox().events(CommitteeEvent.CommitteeBalanceLost.class)).singleElement()
        .satisfies(lost -> assertThat(lost.seatsToRestore()).isEqualTo(1));

    var worsening = world.useCase(TakeCommitteeSeatUseCase.class).takeCommitteeSeat(seat(university));
    assertThat(worsening.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
        refusal -> assertThat(refusal.messageKey()).isEqualTo("committee.au3.mustRestore"));

    CommitteeView restored = take(world.admitted(OrganisationKind.COOPERATIVE, "Möckelnföreningarna"));
    assertThat(restored.committee().outOfBalance()).isFalse();
    assertThat(world.psi.outbox().events(CommitteeEvent.CommitteeBalanceRestored.class)).hasSize(1);
  }

  @Test
  void MEM_7_a_withdrawal_ends_the_committee_seat_even_on_a_day_no_ruleset_is_in_force() {
    // An integrator's partnership that ends with 2022: a party may still leave afterwards, and its seat ends.
    RuleSetRegistry endingWith2022 = RuleSetRegistry.builder(OrebroRuleSets.PARTNERSHIP)
        .addAll(OrebroRuleSets.all().stream().filter(r -> !r.version().equals("orebro-2023")).toList())
        .endsOn(LocalDate.of(2022, 12, 31)).build();
    PsiWorld ending = new PsiWorld("2022-03-01", endingWith2022);
    Partner verdandi = ending.admitted(OrganisationKind.ASSOCIATION, "Verdandi");
    ok(ending.useCase(TakeCommitteeSeatUseCase.class).takeCommitteeSeat(seat(verdandi)));
    ending.clock.setToday(LocalDate.of(2023, 2, 1));

    ok(ending.useCase(WithdrawFromPartnershipUseCase.class)
        .withdrawFromPartnership(new PartnerCommand(adminOf(verdandi), verdandi.id().value(), null)));

    assertThat(ending.psi.committees().find(OrebroRuleSets.PARTNERSHIP).get().seats()).isEmpty();
    assertThat(ending.psi.outbox().events(CommitteeEvent.CommitteeSeatLeft.class)).singleElement()
        .satisfies(left -> assertThat(left.reason()).isEqualTo(CommitteeEvent.LeaveReason.WITHDREW_FROM_PARTNERSHIP));
  }

  @Test
  void AU_3_a_public_partners_withdrawal_that_restores_the_majority_is_announced_as_balance_restored() {
    Partner verdandi = world.admitted(OrganisationKind.ASSOCIATION, "Verdandi");
    Partner region = world.admitted(OrganisationKind.REGION, "Region Örebro län");
    take(verdandi);
    take(world.admitted(OrganisationKind.FOUNDATION, "Stiftelsen Activa"));
    take(region);
    withdraw(verdandi);
    assertThat(committee().committee().outOfBalance()).isTrue();

    withdraw(region);

    assertThat(committee().committee().outOfBalance()).isFalse();
    assertThat(world.psi.outbox().events(CommitteeEvent.CommitteeBalanceRestored.class)).singleElement()
        .satisfies(restored -> {
          assertThat(restored.nonProfitSeats()).isEqualTo(1);
          assertThat(restored.otherSeats()).isZero();
        });
  }

  @Test
  void MEM_8_a_partner_whose_agreement_ended_loses_its_committee_seat_and_AU_3_the_broken_majority_is_marked() {
    PsiWorld in2016 = new PsiWorld("2016-06-01");
    Partner verdandi = in2016.admitted(OrganisationKind.ASSOCIATION, "Verdandi");
    Partner activa = in2016.admitted(OrganisationKind.FOUNDATION, "Stiftelsen Activa");
    Partner region = in2016.admitted(OrganisationKind.REGION, "Region Örebro län");
    for (Partner partner : java.util.List.of(verdandi, activa, region)) {
      ok(in2016.useCase(TakeCommitteeSeatUseCase.class).takeCommitteeSeat(seat(partner)));
    }
    for (Partner renewing : java.util.List.of(activa, region)) {
      ok(in2016.useCase(RenewAgreementUseCase.class).renewAgreement(
          new RenewAgreementCommand(committeeMember(), renewing.id().value(), null, null)));
    }
    in2016.clock.setToday(LocalDate.of(2019, 1, 1));

    in2016.endExpiredAgreements();

    CommitteeView view = ok(in2016.useCase(GetWorkingCommitteeUseCase.class)
        .getWorkingCommittee(new CommitteeQuery(Actor.of("anyone"))));
    assertThat(view.committee().seats()).extracting(seat -> seat.partnerId())
        .containsExactlyInAnyOrder(activa.id(), region.id());
    assertThat(view.committee().outOfBalance()).isTrue();
    assertThat(in2016.psi.outbox().events(CommitteeEvent.CommitteeSeatLeft.class)).singleElement()
        .satisfies(left -> {
          assertThat(left.partnerId()).isEqualTo(verdandi.id());
          assertThat(left.reason()).isEqualTo(CommitteeEvent.LeaveReason.AGREEMENT_ENDED);
        });
    assertThat(in2016.psi.outbox().events(CommitteeEvent.CommitteeBalanceLost.class)).singleElement()
        .satisfies(lost -> assertThat(lost.seatsToRestore()).isEqualTo(1));
  }

  @Test
  void MEM_8_AU_3_the_end_of_a_public_partners_agreement_that_restores_the_majority_is_announced() {
    PsiWorld in2016 = new PsiWorld("2016-06-01");
    Partner verdandi = in2016.admitted(OrganisationKind.ASSOCIATION, "Verdandi");
    Partner activa = in2016.admitted(OrganisationKind.FOUNDATION, "Stiftelsen Activa");
    Partner region = in2016.admitted(OrganisationKind.REGION, "Region Örebro län");
    for (Partner partner : java.util.List.of(verdandi, activa, region)) {
      ok(in2016.useCase(TakeCommitteeSeatUseCase.class).takeCommitteeSeat(seat(partner)));
    }
    ok(in2016.useCase(RenewAgreementUseCase.class).renewAgreement(
        new RenewAgreementCommand(committeeMember(), activa.id().value(), null, null)));
    ok(in2016.useCase(WithdrawFromPartnershipUseCase.class)
        .withdrawFromPartnership(new PartnerCommand(adminOf(verdandi), verdandi.id().value(), null)));
    in2016.clock.setToday(LocalDate.of(2019, 1, 1));

    in2016.endExpiredAgreements();

    assertThat(in2016.psi.committees().find(OrebroRuleSets.PARTNERSHIP).get().outOfBalance()).isFalse();
    assertThat(in2016.psi.outbox().events(CommitteeEvent.CommitteeBalanceRestored.class)).singleElement()
        .satisfies(restored -> assertThat(restored.otherSeats()).isZero());
  }

  @Test
  void MEM_8_AU_1_a_partner_whose_agreement_ended_cannot_take_a_seat_even_before_the_end_is_recorded() {
    PsiWorld in2016 = new PsiWorld("2016-06-01");
    Partner verdandi = in2016.admitted(OrganisationKind.ASSOCIATION, "Verdandi");
    in2016.clock.setToday(LocalDate.of(2019, 1, 1));

    var refused = in2016.useCase(TakeCommitteeSeatUseCase.class).takeCommitteeSeat(seat(verdandi));

    assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
        refusal -> assertThat(refusal.ruleId()).isEqualTo("AU-1"));
  }

  @Test
  void AU_2_leaving_a_seat_that_would_break_the_majority_is_refused() {
    Partner verdandi = world.admitted(OrganisationKind.ASSOCIATION, "Verdandi");
    take(verdandi);
    take(world.admitted(OrganisationKind.FOUNDATION, "Stiftelsen Activa"));
    take(world.admitted(OrganisationKind.REGION, "Region Örebro län"));

    var refused = world.useCase(LeaveCommitteeSeatUseCase.class).leaveCommitteeSeat(seat(verdandi));

    assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
        refusal -> assertThat(refusal.ruleId()).isEqualTo("AU-3"));
  }

  @Test
  void only_committee_members_change_seats() {
    Partner verdandi = world.admitted(OrganisationKind.ASSOCIATION, "Verdandi");

    var refused = world.useCase(TakeCommitteeSeatUseCase.class)
        .takeCommitteeSeat(new SeatCommand(adminOf(verdandi), verdandi.id().value(), null, null));

    assertThat(refused.getLeft()).isInstanceOf(Rejection.NotPermitted.class);
  }

  @Test
  void AU_4_the_region_convenes_and_the_committee_meets_every_third_week() {
    CommitteeView view = committee();
    assertThat(view.convenor()).isEqualTo("Region Örebro län");
    assertThat(view.meetingIntervalWeeks()).isEqualTo(3);

    LocalDate firstMeeting = world.day.minusWeeks(7);
    var dates = ok(world.useCase(NextCommitteeMeetingsUseCase.class).nextCommitteeMeetings(
        new NextCommitteeMeetingsQuery(Actor.of("anyone"), firstMeeting, null, 3)));

    assertThat(dates).containsExactly(world.day.plusWeeks(2), world.day.plusWeeks(5), world.day.plusWeeks(8));
  }

  @Test
  void AU_4_from_2023_two_civil_society_organisations_hold_the_practical_coordination() {
    // About the change of 2023 itself, so on a day of that year whatever day the suite runs on.
    PsiWorld in2023 = new PsiWorld("2023-05-01");

    CommitteeView view = ok(in2023.useCase(GetWorkingCommitteeUseCase.class)
        .getWorkingCommittee(new CommitteeQuery(Actor.of("anyone"))));

    assertThat(view.practicalCoordinators()).containsExactly("Stiftelsen Activa", "Möckelnföreningarna");
  }

  private CommitteeView take(Partner partner) {
    return ok(world.useCase(TakeCommitteeSeatUseCase.class).takeCommitteeSeat(seat(partner)));
  }

  private void withdraw(Partner partner) {
    ok(world.useCase(WithdrawFromPartnershipUseCase.class)
        .withdrawFromPartnership(new PartnerCommand(adminOf(partner), partner.id().value(), null)));
  }

  private CommitteeView committee() {
    return ok(world.useCase(GetWorkingCommitteeUseCase.class)
        .getWorkingCommittee(new CommitteeQuery(Actor.of("anyone"))));
  }

  private static SeatCommand seat(Partner partner) {
    return new SeatCommand(committeeMember(), partner.id().value(), "representative-" + partner.id(), null);
  }
}
