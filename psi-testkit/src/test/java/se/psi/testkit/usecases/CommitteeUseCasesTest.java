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
import se.psi.core.membership.port.in.WithdrawFromPartnershipUseCase;
import se.psi.core.shared.Actor;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.usecase.Rejection;

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
