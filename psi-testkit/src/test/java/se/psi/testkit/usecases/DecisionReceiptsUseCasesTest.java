package se.psi.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.testkit.usecases.PsiWorld.aContact;
import static se.psi.testkit.usecases.PsiWorld.adminOf;
import static se.psi.testkit.usecases.PsiWorld.anOrganisation;
import static se.psi.testkit.usecases.PsiWorld.committeeMember;
import static se.psi.testkit.usecases.PsiWorld.ok;

import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.MembershipDecision;
import se.psi.core.membership.domain.MembershipOutcome;
import se.psi.core.membership.domain.MembershipWhatIf;
import se.psi.core.membership.port.in.ApplyForMembershipCommand;
import se.psi.core.membership.port.in.BoardDecisionDetails;
import se.psi.core.membership.port.in.CompleteMembershipApplicationCommand;
import se.psi.core.membership.port.in.CompleteMembershipApplicationUseCase;
import se.psi.core.membership.port.in.OrganisationDetails;
import se.psi.core.membership.port.in.ReplayMembershipDecisionQuery;
import se.psi.core.membership.port.in.ReplayMembershipDecisionUseCase;
import se.psi.core.membership.port.in.WhatIfMembershipDecisionsQuery;
import se.psi.core.membership.port.in.WhatIfMembershipDecisionsUseCase;
import se.psi.core.rules.Rejection;
import se.psi.core.rules.Replay;
import se.psi.core.shared.Actor;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Violation;

/** Receipts, replay and what-if through the use cases, over the in-memory storage, on each test date. */
@OnEachDate
class DecisionReceiptsUseCasesTest {

  private final PsiWorld world;

  DecisionReceiptsUseCasesTest(String today) {
    world = new PsiWorld(today);
  }

  /**
   * Found incomplete, completed, admitted a week later: the first decision, replayed, is still incomplete, for its
   * receipt holds the application as it stood then, not as it stands now.
   */
  @Test
  void MEM_3_a_superseded_incomplete_decision_replays_as_incomplete_and_never_from_the_stored_state() {
    OrganisationDetails organisation = anOrganisation(OrganisationKind.ASSOCIATION, "Verdandi");
    Actor applicant = adminOf(OrganisationNumber.of(organisation.organisationNumber()));
    MembershipApplication bare = world.apply(new ApplyForMembershipCommand(applicant, organisation, null, null,
        null, null));
    world.decide(bare);
    ok(world.useCase(CompleteMembershipApplicationUseCase.class).completeMembershipApplication(
        new CompleteMembershipApplicationCommand(applicant, bare.id().value(),
            new BoardDecisionDetails(world.today(), "Styrelsen", "§ 4"), aContact(false), null, null)));
    world.clock.advance(Period.ofDays(7));
    MembershipApplication admitted = world.decide(world.psi.applications().find(bare.id()).get());

    Replay first = replay(applicant, admitted, 1);
    Replay second = replay(committeeMember(), admitted, 2);

    assertThat(admitted.latestDecision().get().outcome()).isEqualTo(MembershipOutcome.ADMITTED);
    assertThat(first.replayedOutcome()).isEqualTo("INCOMPLETE");
    assertThat(first.replayed().failedRuleIds()).containsExactly("MEM-4", "MEM-5");
    assertThat(first.same()).isTrue();
    assertThat(first.receiptIntact()).isTrue();
    assertThat(second.replayedOutcome()).isEqualTo("ADMITTED");
    assertThat(second.same()).isTrue();
  }

  @Test
  void a_decision_stored_before_receipts_were_kept_is_not_replayed_from_anything_else() {
    MembershipApplication decided = world.decide(world.apply(world.aCompleteApplication(
        anOrganisation(OrganisationKind.FOUNDATION, "Stiftelsen Activa"))));
    MembershipDecision kept = decided.latestDecision().get();
    MembershipApplication asStoredEarlier = MembershipApplication.builder().from(decided)
        .decisions(List.of(new MembershipDecision(kept.outcome(), kept.decidedOn(), kept.decidedBy(),
            kept.explanation(), kept.partnerId()))).version(decided.version() + 1).build();
    world.psi.applications().save(asStoredEarlier);

    var refused = world.useCase(ReplayMembershipDecisionUseCase.class).replayMembershipDecision(
        new ReplayMembershipDecisionQuery(committeeMember(), decided.id().value(), 1));

    assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.IllegalState.class,
        state -> assertThat(state.messageKey()).isEqualTo("replay.noReceipt"));
  }

  @Test
  void a_decision_number_the_application_does_not_have_is_not_found() {
    MembershipApplication decided = world.decide(world.apply(world.aCompleteApplication(
        anOrganisation(OrganisationKind.FOUNDATION, "Stiftelsen Activa"))));

    assertThat(world.useCase(ReplayMembershipDecisionUseCase.class).replayMembershipDecision(
        new ReplayMembershipDecisionQuery(committeeMember(), decided.id().value(), 2)).getLeft())
        .isInstanceOf(Rejection.NotFound.class);
  }

  @Test
  void MEM_1_a_what_if_lists_each_admission_a_narrower_ruleset_would_refuse_with_both_explanations() {
    MembershipApplication company = world.decide(world.apply(world.aCompleteApplication(
        anOrganisation(OrganisationKind.COMPANY, "Bygg AB"))));
    world.decide(world.apply(world.aCompleteApplication(anOrganisation(OrganisationKind.ASSOCIATION, "Verdandi"))));
    String admittedKinds = "ASSOCIATION,COOPERATIVE,FOUNDATION,MUNICIPALITY";

    MembershipWhatIf whatIf = ok(world.useCase(WhatIfMembershipDecisionsUseCase.class).whatIfMembershipDecisions(
        new WhatIfMembershipDecisionsQuery(committeeMember(), world.today().minusDays(1), world.today(), null,
            Map.of("admittedKinds", admittedKinds), null)));

    assertThat(whatIf.evaluated()).isEqualTo(2);
    assertThat(whatIf.differing()).isEqualTo(1);
    assertThat(whatIf.differences()).singleElement().satisfies(difference -> {
      assertThat(difference.applicationId()).isEqualTo(company.id());
      assertThat(difference.number()).isEqualTo(1);
      assertThat(difference.replay().recordedOutcome()).isEqualTo("ADMITTED");
      assertThat(difference.replay().replayedOutcome()).isEqualTo("REFUSED");
      assertThat(difference.replay().replayed().failedRuleIds()).containsExactly("MEM-1");
    });
  }

  @Test
  void a_what_if_without_a_proposal_finds_that_todays_rules_decide_every_decision_as_it_was_decided() {
    world.decide(world.apply(world.aCompleteApplication(anOrganisation(OrganisationKind.COMPANY, "Bygg AB"))));
    world.decide(world.apply(new ApplyForMembershipCommand(PsiWorld.administrator(),
        anOrganisation(OrganisationKind.MUNICIPALITY, "Nora kommun"), null, null, null, null)));

    MembershipWhatIf whatIf = ok(world.useCase(WhatIfMembershipDecisionsUseCase.class).whatIfMembershipDecisions(
        new WhatIfMembershipDecisionsQuery(committeeMember(), world.today(), world.today(), null, null, null)));

    assertThat(whatIf.evaluated()).isEqualTo(2);
    assertThat(whatIf.differing()).isZero();
  }

  @Test
  void a_proposal_that_does_not_read_is_refused_with_every_problem_at_once() {
    var refused = world.useCase(WhatIfMembershipDecisionsUseCase.class).whatIfMembershipDecisions(
        new WhatIfMembershipDecisionsQuery(committeeMember(), world.today(), world.today().minusDays(1),
            "orebro-1999", Map.of("meetingFee", "100"), null));

    assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.InvalidInput.class,
        invalid -> assertThat(invalid.violations()).extracting(Violation::field)
            .containsExactlyInAnyOrder("to", "rulesetVersion", "parameters.meetingFee"));
  }

  @Test
  void only_the_working_committee_weighs_a_what_if() {
    var refused = world.useCase(WhatIfMembershipDecisionsUseCase.class).whatIfMembershipDecisions(
        new WhatIfMembershipDecisionsQuery(PsiWorld.administrator(), world.today(), world.today(), null, null,
            null));

    assertThat(refused.getLeft()).isInstanceOf(Rejection.NotPermitted.class);
  }

  private Replay replay(Actor actor, MembershipApplication application, int number) {
    return ok(world.useCase(ReplayMembershipDecisionUseCase.class).replayMembershipDecision(
        new ReplayMembershipDecisionQuery(actor, application.id().value(), number)));
  }
}
