package se.psi.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.testkit.usecases.PsiWorld.committeeMember;
import static se.psi.testkit.usecases.PsiWorld.ok;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.psi.core.documentation.domain.DocumentationEvent;
import se.psi.core.documentation.domain.FieldType;
import se.psi.core.documentation.domain.InnovationOrigin;
import se.psi.core.documentation.port.in.DocumentInnovationCommand;
import se.psi.core.documentation.port.in.DocumentationUseCases;
import se.psi.core.documentation.port.in.PublishTemplateCommand;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.meeting.domain.MeetingFormat;
import se.psi.core.meeting.domain.PresentationObligation;
import se.psi.core.meeting.port.in.HoldMeetingCommand;
import se.psi.core.meeting.port.in.MeetingUseCases;
import se.psi.core.meeting.port.in.MeetingYearQuery;
import se.psi.core.meeting.port.in.PlanMeetingCommand;
import se.psi.core.meeting.port.in.PresentationCommand;
import se.psi.core.meeting.port.in.PresentationUseCases;
import se.psi.core.meeting.port.in.RegisterForMeetingCommand;
import se.psi.core.plan.domain.ActivityStatus;
import se.psi.core.plan.domain.PlanEvent;
import se.psi.core.plan.port.in.ActivityCommand;
import se.psi.core.plan.port.in.AdoptOperationalPlanCommand;
import se.psi.core.plan.port.in.CreateOperationalPlanCommand;
import se.psi.core.plan.port.in.FollowUpActivityCommand;
import se.psi.core.plan.port.in.PlanUseCases;
import se.psi.core.plan.port.in.YearQuery;
import se.psi.core.rules.Verdict;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Municipality;
import se.psi.core.shared.PriorityArea;
import se.psi.core.shared.Violation;
import se.psi.core.rules.Rejection;
import se.psi.testkit.fixtures.Fixtures;

@OnEachDate
class MeetingsPlansDocumentationUseCasesTest {

  private final PsiWorld world;
  private static final Actor ANYONE = Actor.of("visitor");

  MeetingsPlansDocumentationUseCasesTest(String today) {
    world = new PsiWorld(today);
  }

  @Test
  void AU_5_only_the_working_committee_plans_meetings() {
    var refused = world.useCase(MeetingUseCases.PlanMeetingUseCase.class).planMeeting(
        plan(PsiWorld.adminOf(Fixtures.anOrganisationNumber()), MeetingFormat.GENERAL_MEETING,
            world.inThisYear(5, 10)));

    assertThat(refused.getLeft()).isInstanceOf(Rejection.NotPermitted.class);
  }

  @Test
  void MTG_2_anyone_registers_for_a_public_dialogue_which_counts_toward_the_years_target() {
    Meeting dialogue = planMeeting(MeetingFormat.PUBLIC_DIALOGUE, world.inThisYear(4, 5));

    ok(world.useCase(MeetingUseCases.RegisterForMeetingUseCase.class).registerForMeeting(
        new RegisterForMeetingCommand(ANYONE, dialogue.id().value(), "Röda korset", null)));
    ok(world.useCase(MeetingUseCases.HoldMeetingUseCase.class).holdMeeting(
        new HoldMeetingCommand(committeeMember(), dialogue.id().value(), Set.of(), List.of(), null)));

    var year = ok(world.useCase(MeetingUseCases.MeetingYearUseCase.class)
        .meetingYear(new MeetingYearQuery(committeeMember(), world.year(), null)));
    assertThat(year.targets().held()).containsEntry(MeetingFormat.PUBLIC_DIALOGUE, 1);
    assertThat(year.coverage().perMunicipality()).containsEntry(Municipality.KUMLA, 1);
    assertThat(ok(world.useCase(MeetingUseCases.FindMeetingsUseCase.class)
        .findMeetings(new MeetingYearQuery(ANYONE, world.year(), MeetingFormat.PUBLIC_DIALOGUE)))).hasSize(1);
  }

  @Test
  void MTG_2_anyone_reads_one_meeting_and_an_unknown_one_is_not_found() {
    Meeting dialogue = planMeeting(MeetingFormat.PUBLIC_DIALOGUE, world.inThisYear(4, 5));
    var find = world.useCase(MeetingUseCases.FindMeetingsUseCase.class);

    var found = find.findMeeting(new se.psi.core.meeting.port.in.MeetingCommand(
        se.psi.core.shared.Actor.of("anyone"), dialogue.id().value(), null));
    var unknown = find.findMeeting(new se.psi.core.meeting.port.in.MeetingCommand(
        se.psi.core.shared.Actor.of("anyone"), java.util.UUID.randomUUID(), null));

    assertThat(found.get().title()).isEqualTo(dialogue.title());
    assertThat(unknown.getLeft()).isInstanceOf(se.psi.core.rules.Rejection.NotFound.class);
  }

  @Test
  void MTG_1_targets_of_a_past_year_are_judged_by_that_years_ruleset_not_todays() {
    // 2021 is the past year of the plan's own ruleset (four general meetings), on whatever day the suite runs.
    var year2021 = ok(world.useCase(MeetingUseCases.MeetingYearUseCase.class)
        .meetingYear(new MeetingYearQuery(committeeMember(), 2021, null)));

    assertThat(year2021.targets().explanation().rulesetVersion()).isEqualTo("orebro-2021");
    assertThat(year2021.targets().explanation().evaluations().get(0).args()).contains("4");
  }

  @Test
  void MTG_3_a_granted_projects_presentation_is_scheduled_into_a_dialogue_and_fulfilled_when_it_is_held() {
    Meeting dialogue = planMeeting(MeetingFormat.PUBLIC_DIALOGUE, world.inThisYear(9, 13));
    var presentations = world.psi.core();
    PresentationObligation owed = ok(presentations.useCase(PresentationUseCases.OwePresentationUseCase.class)
        .owePresentation(new PresentationCommand(committeeMember(), null, "grant-" + world.year() + "-04", "Språkcafé",
            null, null)));
    ok(presentations.useCase(PresentationUseCases.SchedulePresentationUseCase.class).schedulePresentation(
        new PresentationCommand(committeeMember(), owed.id().value(), null, null, dialogue.id().value(), null)));
    var tooEarly = presentations.useCase(PresentationUseCases.FulfilPresentationUseCase.class)
        .fulfilPresentation(new PresentationCommand(committeeMember(), owed.id().value(), null, null, null, null));
    assertThat(tooEarly.getLeft().messageKey()).isEqualTo("presentation.dialogueNotHeld");

    ok(world.useCase(MeetingUseCases.HoldMeetingUseCase.class).holdMeeting(
        new HoldMeetingCommand(committeeMember(), dialogue.id().value(), Set.of(), List.of(), null)));
    var fulfilled = ok(presentations.useCase(PresentationUseCases.FulfilPresentationUseCase.class)
        .fulfilPresentation(new PresentationCommand(committeeMember(), owed.id().value(), null, null, null, null)));

    assertThat(fulfilled.status()).isEqualTo(PresentationObligation.Status.FULFILLED);
    assertThat(world.psi.outbox().events()).extracting(e -> e.type())
        .contains("PresentationOwed", "PresentationFulfilled");
    assertThat(ok(presentations.useCase(PresentationUseCases.FindPresentationsUseCase.class)
        .findUnfulfilledPresentations(ANYONE))).isEmpty();
  }

  @Test
  void ACT_1_ACT_2_MTG_1_a_plan_adopted_by_a_general_meeting_its_activities_and_the_years_follow_up() {
    var plan = ok(world.useCase(PlanUseCases.CreateOperationalPlanUseCase.class).createOperationalPlan(
        new CreateOperationalPlanCommand(committeeMember(), "Verksamhetsplan " + (world.year() - 1) + "-"
            + (world.year() + 4), world.year() - 1, world.year() + 4,
            List.of("Forum för dialog", "Samverkan och projektstöd", "Råd och stöd"))));
    Meeting general = planMeeting(MeetingFormat.GENERAL_MEETING, world.inThisYear(2, 15));
    ok(world.useCase(MeetingUseCases.HoldMeetingUseCase.class).holdMeeting(new HoldMeetingCommand(committeeMember(),
        general.id().value(), Set.of(), List.of("Verksamhetsplanen fastställdes"), null)));
    var adopted = ok(world.useCase(PlanUseCases.AdoptOperationalPlanUseCase.class).adoptOperationalPlan(
        new AdoptOperationalPlanCommand(committeeMember(), plan.id().value(), general.id().value(), null)));
    assertThat(adopted.adoptedBy()).contains(general.id());
    assertThat(world.psi.outbox().events(PlanEvent.OperationalPlanAdopted.class)).singleElement()
        .satisfies(event -> assertThat(event.meetingId()).isEqualTo(general.id()));

    var list = ok(world.useCase(PlanUseCases.AddActivityUseCase.class).addActivity(new ActivityCommand(
        committeeMember(), world.year(), plan.id().value(), 1, "Samhällssamtal", "Coompanion", 4,
        "Fyra samhällssamtal")));
    var wrongGoal = world.useCase(PlanUseCases.AddActivityUseCase.class).addActivity(new ActivityCommand(
        committeeMember(), world.year(), plan.id().value(), 4, "Nyhetsbrev", "AU", null, "Ta fram förslag"));
    assertThat(wrongGoal.getLeft()).isInstanceOf(Rejection.RuleRefusal.class);
    ok(world.useCase(PlanUseCases.FollowUpActivityUseCase.class).followUpActivity(new FollowUpActivityCommand(
        committeeMember(), world.year(), list.activities().get(0).id(), ActivityStatus.DONE, 4, "Fyra genomförda",
        list.version())));

    var followUp = ok(world.useCase(PlanUseCases.FollowUpYearUseCase.class)
        .followUpYear(new YearQuery(committeeMember(), world.year())));
    assertThat(followUp.goals().get(0).activities()).singleElement()
        .satisfies(a -> assertThat(a.verdict()).isEqualTo(Verdict.MET));
    assertThat(followUp.meetings().held()).containsEntry(MeetingFormat.GENERAL_MEETING, 1);
    // A year is followed up under the ruleset in force when it began (MTG-1).
    assertThat(followUp.explanation().rulesetVersion()).isEqualTo(PsiWorld.rulesOn(world.inThisYear(1, 1)).version());
  }

  @Test
  void DOC_1_records_are_checked_against_their_template_version_and_stay_tied_to_it() {
    var documentation = world.psi.core();
    var v1 = ok(documentation.useCase(DocumentationUseCases.PublishTemplateUseCase.class).publishTemplate(
        new PublishTemplateCommand(committeeMember(), "PSI-mall", List.of(
            new PublishTemplateCommand.Field("targetGroup", "Målgrupp", FieldType.TEXT, true, 100, List.of())))));
    var v2 = ok(documentation.useCase(DocumentationUseCases.PublishTemplateUseCase.class).publishTemplate(
        new PublishTemplateCommand(committeeMember(), "PSI-mall", List.of(
            new PublishTemplateCommand.Field("targetGroup", "Målgrupp", FieldType.TEXT, true, 100, List.of()),
            new PublishTemplateCommand.Field("phase", "Fas", FieldType.CHOICE, true, null, List.of("idé", "test"))))));
    assertThat(List.of(v1.templateVersion(), v2.templateVersion())).containsExactly(1, 2);

    var invalid = documentation.useCase(DocumentationUseCases.DocumentInnovationUseCase.class)
        .documentInnovation(record(null, Map.of("targetGroup", "Äldre", "colour", "blå")));
    assertThat(((Rejection.InvalidInput) invalid.getLeft()).violations()).extracting(Violation::messageKey)
        .containsExactlyInAnyOrder("documentation.unknownField", "documentation.required");

    var underV1 = ok(documentation.useCase(DocumentationUseCases.DocumentInnovationUseCase.class)
        .documentInnovation(record(1, Map.of("targetGroup", "Äldre"))));
    assertThat(underV1.templateVersion()).isEqualTo(1);
    assertThat(world.psi.outbox().events(DocumentationEvent.InnovationDocumented.class)).singleElement()
        .satisfies(event -> assertThat(event.areas()).containsExactly(PriorityArea.SOCIAL_COHESION_AND_DEMOCRACY));
    assertThat(world.psi.outbox().events(DocumentationEvent.TemplatePublished.class)).hasSize(2);
    assertThat(ok(documentation.useCase(DocumentationUseCases.FindInnovationsUseCase.class).findInnovations(ANYONE)))
        .containsExactly(underV1);
  }

  private static DocumentInnovationCommand record(Integer version, Map<String, String> answers) {
    return new DocumentInnovationCommand(committeeMember(), "PSI-mall", version, "Ensamhet bland äldre",
        "Språkcafé med äldre som värdar", InnovationOrigin.NON_PROFIT, List.of("Verdandi"),
        Set.of(PriorityArea.SOCIAL_COHESION_AND_DEMOCRACY), "40 deltagare i veckan", answers);
  }

  private Meeting planMeeting(MeetingFormat format, LocalDate date) {
    return ok(world.useCase(MeetingUseCases.PlanMeetingUseCase.class)
        .planMeeting(plan(committeeMember(), format, date)));
  }

  private static PlanMeetingCommand plan(Actor actor, MeetingFormat format, LocalDate date) {
    return new PlanMeetingCommand(actor, format, "Inkluderande arbetsmarknad", date, Municipality.KUMLA, false,
        "Coompanion");
  }
}
