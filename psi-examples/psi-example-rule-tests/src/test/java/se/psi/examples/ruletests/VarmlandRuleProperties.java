package se.psi.examples.ruletests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.meeting.domain.MeetingFormat;
import se.psi.core.meeting.port.in.HoldMeetingCommand;
import se.psi.core.meeting.port.in.HoldMeetingUseCase;
import se.psi.core.meeting.port.in.MeetingYearQuery;
import se.psi.core.meeting.port.in.MeetingYearUseCase;
import se.psi.core.meeting.port.in.PlanMeetingCommand;
import se.psi.core.meeting.port.in.PlanMeetingUseCase;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.MembershipOutcome;
import se.psi.core.membership.port.in.ApplyForMembershipUseCase;
import se.psi.core.membership.port.in.DecideMembershipCommand;
import se.psi.core.membership.port.in.DecideMembershipUseCase;
import se.psi.core.membership.port.in.OrganisationDetails;
import se.psi.core.rules.Evaluation;
import se.psi.core.rules.OrebroRuleSets;
import se.psi.core.rules.RuleSetRegistry;
import se.psi.core.rules.Verdict;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Municipality;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.Role;
import se.psi.testkit.gen.MembershipGenerators;
import se.psi.testkit.gen.MembershipGenerators.ApplicationDraft;
import se.psi.testkit.memory.InMemoryPsi;
import se.psi.testkit.time.SequentialIds;
import se.psi.testkit.time.TestClock;

/**
 * What an integrator in Värmland checks about its own ruleset, with psi-testkit's generators and in-memory ports:
 * properties over many generated cases, not a few hand-picked ones.
 */
class VarmlandRuleProperties {

  private static final Actor COMMITTEE = Actor.of("au-member", Role.COMMITTEE_MEMBER);

  private static InMemoryPsi partnership(RuleSetRegistry rules, String today) {
    return InMemoryPsi.create(TestClock.at(today), new SequentialIds(), rules);
  }

  private static MembershipOutcome decide(InMemoryPsi psi, ApplicationDraft draft) {
    MembershipApplication applied = psi.useCase(ApplyForMembershipUseCase.class)
        .applyForMembership(draft.command()).get();
    return psi.useCase(DecideMembershipUseCase.class)
        .decideMembership(new DecideMembershipCommand(COMMITTEE, applied.id().value(), null)).get()
        .latestDecision().orElseThrow().outcome();
  }

  @Test
  void MEM_1_every_complete_application_of_any_kind_is_admitted_here_companies_too() {
    qt().withExamples(200).forAll(MembershipGenerators.completeApplications())
        .check(draft -> decide(partnership(VarmlandRules.registry(), "2025-03-01"), draft)
            == MembershipOutcome.ADMITTED);
  }

  @Test
  void MEM_1_a_company_admitted_here_would_have_been_refused_under_orebros_2016_agreement() {
    Gen<ApplicationDraft> companies = MembershipGenerators.completeApplications().map(draft -> new ApplicationDraft(
        new OrganisationDetails(draft.organisation().organisationNumber(), draft.organisation().name(),
            OrganisationKind.COMPANY, null), draft.boardDecision(), draft.contactPerson(), java.util.Optional.empty()));

    qt().withExamples(30).forAll(companies).check(draft ->
        decide(partnership(VarmlandRules.registry(), "2025-03-01"), draft) == MembershipOutcome.ADMITTED
            && decide(partnership(OrebroRuleSets.registry(), "2018-03-01"), draft) == MembershipOutcome.REFUSED);
  }

  @Test
  void MTG_1_the_general_meeting_target_is_met_exactly_when_three_or_more_were_held() {
    qt().withExamples(12).forAll(SourceDSL.integers().between(0, 5)).check(held -> {
      InMemoryPsi psi = partnership(VarmlandRules.registry(), "2025-12-20");
      for (int i = 0; i < held; i++) {
        Meeting planned = psi.useCase(PlanMeetingUseCase.class).planMeeting(new PlanMeetingCommand(COMMITTEE,
            MeetingFormat.GENERAL_MEETING, "Stormöte " + (i + 1), LocalDate.of(2025, 3 + i, 10), Municipality.OREBRO,
            false, null)).get();
        psi.useCase(HoldMeetingUseCase.class).holdMeeting(new HoldMeetingCommand(COMMITTEE, planned.id().value(),
            Set.of(), List.of(), null)).get();
      }
      Evaluation mtg1 = psi.useCase(MeetingYearUseCase.class)
          .meetingYear(new MeetingYearQuery(COMMITTEE, Year.of(2025).getValue(), null)).get()
          .targets().explanation().evaluations().stream().filter(e -> e.ruleId().equals("MTG-1")).findFirst()
          .orElseThrow();
      return (mtg1.verdict() == Verdict.MET) == (held >= 3)
          && mtg1.verdict() != Verdict.NOT_APPLICABLE
          && psi.useCase(MeetingYearUseCase.class).meetingYear(new MeetingYearQuery(COMMITTEE, 2025, null)).get()
              .targets().explanation().rulesetVersion().equals("varmland-2025");
    });
  }

  @Test
  void RULESET_1_a_ruleset_is_refused_where_it_would_overlap_another_period() {
    assertThat(VarmlandRules.registry().followedBy(VarmlandRules.rules2025()).getError())
        .extracting(violation -> violation.ruleId()).contains("RULESET-1");
  }
}
