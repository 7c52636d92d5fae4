package se.psi.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.testkit.usecases.PsiWorld.committeeMember;
import static se.psi.testkit.usecases.PsiWorld.ok;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.psi.core.documentation.domain.DocumentationEvent;
import se.psi.core.documentation.domain.FieldType;
import se.psi.core.documentation.domain.InnovationOrigin;
import se.psi.core.documentation.port.in.DocumentInnovationCommand;
import se.psi.core.documentation.port.in.DocumentInnovationUseCase;
import se.psi.core.documentation.port.in.FindInnovationsUseCase;
import se.psi.core.documentation.port.in.FindTemplatesUseCase;
import se.psi.core.documentation.port.in.GetInnovationUseCase;
import se.psi.core.documentation.port.in.GetTemplateUseCase;
import se.psi.core.documentation.port.in.InnovationQuery;
import se.psi.core.documentation.port.in.PublishTemplateCommand;
import se.psi.core.documentation.port.in.PublishTemplateUseCase;
import se.psi.core.documentation.port.in.TemplateQuery;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.meeting.domain.MeetingFormat;
import se.psi.core.meeting.domain.PresentationObligation;
import se.psi.core.meeting.port.in.FindMeetingsUseCase;
import se.psi.core.meeting.port.in.FindPresentationsUseCase;
import se.psi.core.meeting.port.in.FulfilPresentationCommand;
import se.psi.core.meeting.port.in.FulfilPresentationUseCase;
import se.psi.core.meeting.port.in.GetMeetingUseCase;
import se.psi.core.meeting.port.in.HoldMeetingCommand;
import se.psi.core.meeting.port.in.HoldMeetingUseCase;
import se.psi.core.meeting.port.in.MeetingYearQuery;
import se.psi.core.meeting.port.in.MeetingYearUseCase;
import se.psi.core.meeting.port.in.OwePresentationCommand;
import se.psi.core.meeting.port.in.OwePresentationUseCase;
import se.psi.core.meeting.port.in.PlanMeetingCommand;
import se.psi.core.meeting.port.in.PlanMeetingUseCase;
import se.psi.core.meeting.port.in.RegisterForMeetingCommand;
import se.psi.core.meeting.port.in.RegisterForMeetingUseCase;
import se.psi.core.meeting.port.in.SchedulePresentationCommand;
import se.psi.core.meeting.port.in.SchedulePresentationUseCase;
import se.psi.core.plan.domain.ActivityStatus;
import se.psi.core.plan.domain.OperationalPlan;
import se.psi.core.plan.domain.PlanEvent;
import se.psi.core.plan.port.in.AddActivityCommand;
import se.psi.core.plan.port.in.AddActivityUseCase;
import se.psi.core.plan.port.in.AdoptOperationalPlanCommand;
import se.psi.core.plan.port.in.AdoptOperationalPlanUseCase;
import se.psi.core.plan.port.in.CreateOperationalPlanCommand;
import se.psi.core.plan.port.in.CreateOperationalPlanUseCase;
import se.psi.core.plan.port.in.FindOperationalPlansUseCase;
import se.psi.core.plan.port.in.FollowUpActivityCommand;
import se.psi.core.plan.port.in.FollowUpActivityUseCase;
import se.psi.core.plan.port.in.FollowUpYearUseCase;
import se.psi.core.plan.port.in.GetActivityListUseCase;
import se.psi.core.plan.port.in.GetOperationalPlanUseCase;
import se.psi.core.plan.port.in.OperationalPlanQuery;
import se.psi.core.plan.port.in.YearQuery;
import se.psi.core.rules.Rejection;
import se.psi.core.rules.Verdict;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Municipality;
import se.psi.core.shared.PriorityArea;
import se.psi.core.shared.Violation;
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
    var refused = world.useCase(PlanMeetingUseCase.class).planMeeting(
        plan(PsiWorld.adminOf(Fixtures.anOrganisationNumber()), MeetingFormat.GENERAL_MEETING,
            world.inThisYear(5, 10)));

    assertThat(refused.getLeft()).isInstanceOf(Rejection.NotPermitted.class);
  }

  @Test
  void MTG_2_anyone_registers_for_a_public_dialogue_which_counts_toward_the_years_target() {
    Meeting dialogue = planMeeting(MeetingFormat.PUBLIC_DIALOGUE, world.inThisYear(4, 5));

    ok(world.useCase(RegisterForMeetingUseCase.class).registerForMeeting(
        new RegisterForMeetingCommand(ANYONE, dialogue.id().value(), "Röda korset", null)));
    ok(world.useCase(HoldMeetingUseCase.class).holdMeeting(
        new HoldMeetingCommand(committeeMember(), dialogue.id().value(), Set.of(), List.of(), null)));

    var year = ok(world.useCase(MeetingYearUseCase.class)
        .meetingYear(new MeetingYearQuery(committeeMember(), world.year(), null)));
    assertThat(year.targets().held()).containsEntry(MeetingFormat.PUBLIC_DIALOGUE, 1);
    assertThat(year.coverage().perMunicipality()).containsEntry(Municipality.KUMLA, 1);
    assertThat(ok(world.useCase(FindMeetingsUseCase.class)
        .findMeetings(new MeetingYearQuery(ANYONE, world.year(), MeetingFormat.PUBLIC_DIALOGUE)))).hasSize(1);
  }

  @Test
  void MTG_2_anyone_reads_one_meeting_and_an_unknown_one_is_not_found() {
    Meeting dialogue = planMeeting(MeetingFormat.PUBLIC_DIALOGUE, world.inThisYear(4, 5));
    var get = world.useCase(GetMeetingUseCase.class);

    var found = get.getMeeting(new se.psi.core.meeting.port.in.MeetingCommand(
        se.psi.core.shared.Actor.of("anyone"), dialogue.id().value(), null));
    var unknown = get.getMeeting(new se.psi.core.meeting.port.in.MeetingCommand(
        se.psi.core.shared.Actor.of("anyone"), java.util.UUID.randomUUID(), null));

    assertThat(found.get().title()).isEqualTo(dialogue.title());
    assertThat(unknown.getLeft()).isInstanceOf(se.psi.core.rules.Rejection.NotFound.class);
  }

  @Test
  void MTG_1_targets_of_a_past_year_are_judged_by_that_years_ruleset_not_todays() {
    // 2021 is the past year of the plan's own ruleset (four general meetings), on whatever day the suite runs.
    var year2021 = ok(world.useCase(MeetingYearUseCase.class)
        .meetingYear(new MeetingYearQuery(committeeMember(), 2021, null)));

    assertThat(year2021.targets().explanation().rulesetVersion()).isEqualTo("orebro-2021");
    assertThat(year2021.targets().explanation().evaluations().get(0).args()).contains("4");
  }

  @Test
  void MTG_3_a_granted_projects_presentation_is_scheduled_into_a_dialogue_and_fulfilled_when_it_is_held() {
    Meeting dialogue = planMeeting(MeetingFormat.PUBLIC_DIALOGUE, world.inThisYear(9, 13));
    var presentations = world.psi.core();
    PresentationObligation owed = ok(presentations.useCase(OwePresentationUseCase.class)
        .owePresentation(new OwePresentationCommand(committeeMember(), "grant-" + world.year() + "-04", "Språkcafé")));
    ok(presentations.useCase(SchedulePresentationUseCase.class).schedulePresentation(
        new SchedulePresentationCommand(committeeMember(), owed.id().value(), dialogue.id().value(), null)));
    var tooEarly = presentations.useCase(FulfilPresentationUseCase.class)
        .fulfilPresentation(new FulfilPresentationCommand(committeeMember(), owed.id().value(), null));
    assertThat(tooEarly.getLeft().messageKey()).isEqualTo("presentation.dialogueNotHeld");

    ok(world.useCase(HoldMeetingUseCase.class).holdMeeting(
        new HoldMeetingCommand(committeeMember(), dialogue.id().value(), Set.of(), List.of(), null)));
    var fulfilled = ok(presentations.useCase(FulfilPresentationUseCase.class)
        .fulfilPresentation(new FulfilPresentationCommand(committeeMember(), owed.id().value(), null)));

    assertThat(fulfilled.status()).isEqualTo(PresentationObligation.Status.FULFILLED);
    assertThat(world.psi.outbox().events()).extracting(e -> e.type())
        .contains("PresentationOwed", "PresentationScheduled", "PresentationFulfilled");
    assertThat(ok(presentations.useCase(FindPresentationsUseCase.class)
        .findUnfulfilledPresentations(ANYONE))).isEmpty();
  }

  @Test
  void ACT_1_ACT_2_MTG_1_a_plan_adopted_by_a_general_meeting_its_activities_and_the_years_follow_up() {
    var plan = ok(world.useCase(CreateOperationalPlanUseCase.class).createOperationalPlan(
        new CreateOperationalPlanCommand(committeeMember(), "Verksamhetsplan " + (world.year() - 1) + "-"
            + (world.year() + 4), world.year() - 1, world.year() + 4,
            List.of("Forum för dialog", "Samverkan och projektstöd", "Råd och stöd"))));
    Meeting general = planMeeting(MeetingFormat.GENERAL_MEETING, world.inThisYear(2, 15));
    ok(world.useCase(HoldMeetingUseCase.class).holdMeeting(new HoldMeetingCommand(committeeMember(),
        general.id().value(), Set.of(), List.of("Verksamhetsplanen fastställdes"), null)));
    var adopted = ok(world.useCase(AdoptOperationalPlanUseCase.class).adoptOperationalPlan(
        new AdoptOperationalPlanCommand(committeeMember(), plan.id().value(), general.id().value(), null)));
    assertThat(adopted.adoptedBy()).contains(general.id());
    assertThat(world.psi.outbox().events(PlanEvent.OperationalPlanAdopted.class)).singleElement()
        .satisfies(event -> assertThat(event.meetingId()).isEqualTo(general.id()));

    var list = ok(world.useCase(AddActivityUseCase.class).addActivity(new AddActivityCommand(
        committeeMember(), world.year(), plan.id().value(), 1, "Samhällssamtal", "Coompanion", 4,
        "Fyra samhällssamtal")));
    var wrongGoal = world.useCase(AddActivityUseCase.class).addActivity(new AddActivityCommand(
        committeeMember(), world.year(), plan.id().value(), 4, "Nyhetsbrev", "AU", null, "Ta fram förslag"));
    assertThat(wrongGoal.getLeft()).isInstanceOf(Rejection.RuleRefusal.class);
    ok(world.useCase(FollowUpActivityUseCase.class).followUpActivity(new FollowUpActivityCommand(
        committeeMember(), world.year(), list.activities().get(0).id().value(), ActivityStatus.DONE, 4,
        "Fyra genomförda", list.version())));

    var followUp = ok(world.useCase(FollowUpYearUseCase.class)
        .followUpYear(new YearQuery(committeeMember(), world.year())));
    assertThat(followUp.goals().get(0).activities()).singleElement()
        .satisfies(a -> assertThat(a.verdict()).isEqualTo(Verdict.MET));
    assertThat(followUp.meetings().held()).containsEntry(MeetingFormat.GENERAL_MEETING, 1);
    // A year is followed up under the ruleset in force when it began (MTG-1).
    assertThat(followUp.explanation().rulesetVersion()).isEqualTo(PsiWorld.rulesOn(world.inThisYear(1, 1)).version());
  }

  @Test
  void ACT_1_one_plan_is_read_by_its_id_by_anyone_and_an_unknown_id_is_not_found() {
    var plan = createPlan();

    assertThat(ok(world.useCase(GetOperationalPlanUseCase.class).getOperationalPlan(
        new OperationalPlanQuery(ANYONE, plan.id().value())))).isEqualTo(plan);
    assertThat(world.useCase(GetOperationalPlanUseCase.class).getOperationalPlan(
        new OperationalPlanQuery(ANYONE, UUID.randomUUID())).getLeft()).isInstanceOf(Rejection.NotFound.class);
    assertThat(world.useCase(GetOperationalPlanUseCase.class).getOperationalPlan(
        new OperationalPlanQuery(ANYONE, null)).getLeft()).isInstanceOf(Rejection.InvalidInput.class);
  }

  @Test
  void MTG_1_a_plan_is_adopted_only_at_the_version_the_caller_read_and_the_audit_names_the_permission() {
    var plan = createPlan();
    Meeting general = planMeeting(MeetingFormat.GENERAL_MEETING, world.inThisYear(2, 15));
    ok(world.useCase(HoldMeetingUseCase.class).holdMeeting(new HoldMeetingCommand(committeeMember(),
        general.id().value(), Set.of(), List.of(), null)));

    var stale = world.useCase(AdoptOperationalPlanUseCase.class).adoptOperationalPlan(
        new AdoptOperationalPlanCommand(committeeMember(), plan.id().value(), general.id().value(), 2L));
    var adopted = ok(world.useCase(AdoptOperationalPlanUseCase.class).adoptOperationalPlan(
        new AdoptOperationalPlanCommand(committeeMember(), plan.id().value(), general.id().value(), 1L)));

    assertThat(stale.getLeft()).isInstanceOf(Rejection.StaleVersion.class);
    assertThat(adopted.version()).isEqualTo(2);
    assertThat(world.psi.outbox().events(PlanEvent.OperationalPlanAdopted.class)).hasSize(1);
    assertThat(world.psi.auditLog().entries()).filteredOn(e -> e.resourceType().equals("OperationalPlan"))
        .extracting(e -> e.useCase() + " " + e.outcome())
        .containsExactly("ManagePlans ACCEPTED", "ManagePlans StaleVersion", "ManagePlans ACCEPTED");
  }

  @Test
  void ACT_2_an_activity_is_followed_up_only_at_the_lists_version_the_caller_read() {
    var plan = createPlan();
    var list = ok(world.useCase(AddActivityUseCase.class).addActivity(new AddActivityCommand(
        committeeMember(), world.year(), plan.id().value(), 2, "Projektbank", "AU", null, "En intern projektbank")));
    var activity = list.activities().get(0).id().value();

    var stale = world.useCase(FollowUpActivityUseCase.class).followUpActivity(new FollowUpActivityCommand(
        committeeMember(), world.year(), activity, ActivityStatus.DONE, null, null, list.version() + 1));
    var unknownYear = world.useCase(FollowUpActivityUseCase.class).followUpActivity(new FollowUpActivityCommand(
        committeeMember(), world.year() + 1, activity, ActivityStatus.DONE, null, null, null));

    assertThat(stale.getLeft()).isInstanceOf(Rejection.StaleVersion.class);
    assertThat(unknownYear.getLeft()).isInstanceOf(Rejection.NotFound.class);
    assertThat(ok(world.useCase(GetActivityListUseCase.class).getActivityList(new YearQuery(ANYONE, world.year()))))
        .isEqualTo(list);
    assertThat(world.psi.outbox().events(PlanEvent.ActivityFollowedUp.class)).isEmpty();
  }

  @Test
  void DOC_1_one_template_version_and_one_record_are_read_without_listing_them() {
    var documentation = world.psi.core();
    ok(documentation.useCase(PublishTemplateUseCase.class).publishTemplate(
        new PublishTemplateCommand(committeeMember(), "PSI-mall", List.of())));
    var v2 = ok(documentation.useCase(PublishTemplateUseCase.class).publishTemplate(
        new PublishTemplateCommand(committeeMember(), "PSI-mall", List.of(
            new PublishTemplateCommand.Field("targetGroup", "Målgrupp", FieldType.TEXT, true, 100, List.of())))));
    var recorded = ok(documentation.useCase(DocumentInnovationUseCase.class)
        .documentInnovation(record(null, Map.of("targetGroup", "Äldre"))));
    var templates = documentation.useCase(GetTemplateUseCase.class);

    assertThat(ok(templates.getTemplate(new TemplateQuery(ANYONE, "PSI-mall", null)))).isEqualTo(v2);
    assertThat(ok(templates.getTemplate(new TemplateQuery(ANYONE, "PSI-mall", 1))).fields()).isEmpty();
    assertThat(templates.getTemplate(new TemplateQuery(ANYONE, "PSI-mall", 3)).getLeft())
        .isInstanceOf(Rejection.NotFound.class);
    assertThat(templates.getTemplate(new TemplateQuery(ANYONE, " ", null)).getLeft())
        .isInstanceOf(Rejection.InvalidInput.class);
    assertThat(ok(documentation.useCase(GetInnovationUseCase.class).getInnovation(
        new InnovationQuery(ANYONE, recorded.id().value())))).isEqualTo(recorded);
    assertThat(documentation.useCase(GetInnovationUseCase.class).getInnovation(
        new InnovationQuery(ANYONE, UUID.randomUUID())).getLeft()).isInstanceOf(Rejection.NotFound.class);
  }

  @Test
  void every_plan_and_documentation_use_case_is_handed_out_by_the_core() {
    List<Class<?>> useCases = List.of(CreateOperationalPlanUseCase.class, AdoptOperationalPlanUseCase.class,
        FindOperationalPlansUseCase.class, GetOperationalPlanUseCase.class, AddActivityUseCase.class,
        FollowUpActivityUseCase.class, GetActivityListUseCase.class, FollowUpYearUseCase.class,
        PublishTemplateUseCase.class, DocumentInnovationUseCase.class, FindTemplatesUseCase.class,
        GetTemplateUseCase.class, FindInnovationsUseCase.class, GetInnovationUseCase.class);

    assertThat(useCases).allSatisfy(type -> assertThat(world.psi.core().useCase(type)).isInstanceOf(type));
  }

  private OperationalPlan createPlan() {
    return ok(world.useCase(CreateOperationalPlanUseCase.class).createOperationalPlan(
        new CreateOperationalPlanCommand(committeeMember(), "Verksamhetsplan", world.year() - 1, world.year() + 4,
            List.of(" Forum för dialog ", "Samverkan och projektstöd"))));
  }

  @Test
  void DOC_1_records_are_checked_against_their_template_version_and_stay_tied_to_it() {
    var documentation = world.psi.core();
    var v1 = ok(documentation.useCase(PublishTemplateUseCase.class).publishTemplate(
        new PublishTemplateCommand(committeeMember(), "PSI-mall", List.of(
            new PublishTemplateCommand.Field("targetGroup", "Målgrupp", FieldType.TEXT, true, 100, List.of())))));
    var v2 = ok(documentation.useCase(PublishTemplateUseCase.class).publishTemplate(
        new PublishTemplateCommand(committeeMember(), "PSI-mall", List.of(
            new PublishTemplateCommand.Field("targetGroup", "Målgrupp", FieldType.TEXT, true, 100, List.of()),
            new PublishTemplateCommand.Field("phase", "Fas", FieldType.CHOICE, true, null, List.of("idé", "test"))))));
    assertThat(List.of(v1.templateVersion(), v2.templateVersion())).containsExactly(1, 2);

    var invalid = documentation.useCase(DocumentInnovationUseCase.class)
        .documentInnovation(record(null, Map.of("targetGroup", "Äldre", "colour", "blå")));
    assertThat(((Rejection.InvalidInput) invalid.getLeft()).violations()).extracting(Violation::messageKey)
        .containsExactlyInAnyOrder("documentation.unknownField", "documentation.required");

    var underV1 = ok(documentation.useCase(DocumentInnovationUseCase.class)
        .documentInnovation(record(1, Map.of("targetGroup", "Äldre"))));
    assertThat(underV1.templateVersion()).isEqualTo(1);
    assertThat(world.psi.outbox().events(DocumentationEvent.InnovationDocumented.class)).singleElement()
        .satisfies(event -> assertThat(event.areas()).containsExactly(PriorityArea.SOCIAL_COHESION_AND_DEMOCRACY));
    assertThat(world.psi.outbox().events(DocumentationEvent.TemplatePublished.class)).hasSize(2);
    assertThat(ok(documentation.useCase(FindInnovationsUseCase.class).findInnovations(ANYONE)))
        .containsExactly(underV1);
  }

  private static DocumentInnovationCommand record(Integer version, Map<String, String> answers) {
    return new DocumentInnovationCommand(committeeMember(), "PSI-mall", version, "Ensamhet bland äldre",
        "Språkcafé med äldre som värdar", InnovationOrigin.NON_PROFIT, List.of("Verdandi"),
        Set.of(PriorityArea.SOCIAL_COHESION_AND_DEMOCRACY), "40 deltagare i veckan", answers);
  }

  private Meeting planMeeting(MeetingFormat format, LocalDate date) {
    return ok(world.useCase(PlanMeetingUseCase.class)
        .planMeeting(plan(committeeMember(), format, date)));
  }

  private static PlanMeetingCommand plan(Actor actor, MeetingFormat format, LocalDate date) {
    return new PlanMeetingCommand(actor, format, "Inkluderande arbetsmarknad", date, Municipality.KUMLA, false,
        "Coompanion");
  }
}
