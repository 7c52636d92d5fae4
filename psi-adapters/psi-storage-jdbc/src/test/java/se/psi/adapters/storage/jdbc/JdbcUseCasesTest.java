package se.psi.adapters.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import se.psi.core.PsiCore;
import se.psi.core.committee.port.in.CommitteeQuery;
import se.psi.core.committee.port.in.GetWorkingCommitteeUseCase;
import se.psi.core.committee.port.in.SeatCommand;
import se.psi.core.committee.port.in.TakeCommitteeSeatUseCase;
import se.psi.core.contact.port.in.ContactPersonDetails;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.MembershipOutcome;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.port.in.ApplyForMembershipCommand;
import se.psi.core.membership.port.in.ApplyForMembershipUseCase;
import se.psi.core.membership.port.in.BoardDecisionDetails;
import se.psi.core.membership.port.in.DecideMembershipCommand;
import se.psi.core.membership.port.in.DecideMembershipUseCase;
import se.psi.core.membership.port.in.OrganisationDetails;
import se.psi.core.membership.port.in.PartnerCommand;
import se.psi.core.membership.port.in.WithdrawFromPartnershipUseCase;
import se.psi.core.shared.Actor;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Role;
import se.psi.core.outbox.OutboxRecord;
import se.psi.core.documentation.domain.InnovationOrigin;
import se.psi.core.documentation.port.in.DocumentInnovationCommand;
import se.psi.core.documentation.port.in.PublishTemplateCommand;
import se.psi.core.meeting.domain.MeetingFormat;
import se.psi.core.meeting.port.in.HoldMeetingCommand;
import se.psi.core.meeting.port.in.HoldMeetingUseCase;
import se.psi.core.meeting.port.in.PlanMeetingCommand;
import se.psi.core.meeting.port.in.PlanMeetingUseCase;
import se.psi.core.plan.port.in.AdoptOperationalPlanCommand;
import se.psi.core.plan.port.in.CreateOperationalPlanCommand;
import se.psi.core.shared.PriorityArea;
import se.psi.core.grant.domain.Criterion;
import se.psi.core.grant.domain.GrantOutcome;
import se.psi.core.grant.domain.Judged;
import se.psi.core.grant.domain.MemberRole;
import se.psi.core.grant.port.in.ConflictDeclarationCommand;
import se.psi.core.grant.port.in.DecideGrantCommand;
import se.psi.core.grant.port.in.DecideGrantUseCase;
import se.psi.core.grant.port.in.DraftGrantApplicationCommand;
import se.psi.core.grant.port.in.DraftGrantApplicationUseCase;
import se.psi.core.grant.port.in.DraftProposalUseCase;
import se.psi.core.grant.port.in.GrantApplicationCommand;
import se.psi.core.grant.port.in.JudgeCriterionCommand;
import se.psi.core.grant.port.in.JudgeCriterionUseCase;
import se.psi.core.grant.port.in.MakeConflictDeclarationUseCase;
import se.psi.core.grant.port.in.MemberDetails;
import se.psi.core.grant.port.in.OpenGrantSchemeCommand;
import se.psi.core.grant.port.in.OpenGrantSchemeUseCase;
import se.psi.core.grant.port.in.ProjectDetails;
import se.psi.core.grant.port.in.ProposalCommand;
import se.psi.core.grant.port.in.RegisterDelegationCommand;
import se.psi.core.grant.port.in.RegisterDelegationUseCase;
import se.psi.core.grant.port.in.StartAssessmentCommand;
import se.psi.core.grant.port.in.StartAssessmentUseCase;
import se.psi.core.grant.port.in.SubmitGrantApplicationUseCase;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.IdSource;
import se.psi.testkit.contract.Concurrently;
import se.psi.testkit.fixtures.Fixtures;
import se.psi.testkit.time.TestClock;
import se.psi.core.documentation.port.in.DocumentInnovationUseCase;
import se.psi.core.documentation.port.in.PublishTemplateUseCase;
import se.psi.core.plan.port.in.AdoptOperationalPlanUseCase;
import se.psi.core.plan.port.in.CreateOperationalPlanUseCase;
import se.psi.core.documentation.port.in.GetInnovationUseCase;
import se.psi.core.documentation.port.in.InnovationQuery;
import se.psi.core.plan.port.in.GetOperationalPlanUseCase;
import se.psi.core.plan.port.in.OperationalPlanQuery;

/** The core's use cases over JDBC, on H2 and on PostgreSQL. */
class JdbcUseCasesTest {

  private static final Actor COMMITTEE = Actor.of("au-1", Role.COMMITTEE_MEMBER);
  private final TestDatabases databases = new TestDatabases();

  /** Every event the use cases emitted, as brokers will publish it, fits the published schema of its type. */
  @AfterEach
  void everyEmittedEventMatchesItsSchemaThenDropDatabases() throws Exception {
    try {
      for (JdbcStorage storage : databases.opened()) {
        for (OutboxRecord record : storage.outbox().unpublished(10_000)) {
          assertThat(PublishedSchemas.errors(record.eventType(), record.payload())).as(record.payload()).isEmpty();
        }
      }
    } finally {
      databases.close();
    }
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("databasesAndDays")
  void concurrent_deciders_of_the_same_applications_exactly_one_wins_each_and_the_others_are_told_it_changed(
      TestDatabases.Kind kind, LocalDate day) throws InterruptedException {
    JdbcStorage storage = databases.fresh(kind);
    PsiCore core = core(storage, day);
    List<MembershipApplication> applications = IntStream.range(0, 5)
        .mapToObj(i -> apply(core, OrganisationKind.ASSOCIATION, "Förening " + i, day)).toList();
    var outcomes = new ConcurrentHashMap<String, List<String>>();
    List<Runnable> deciders = new ArrayList<>();
    for (MembershipApplication application : applications) {
      for (int thread = 0; thread < 4; thread++) {
        deciders.add(() -> {
          var result = core.useCase(DecideMembershipUseCase.class).decideMembership(
              new DecideMembershipCommand(COMMITTEE, application.id().value(), application.version()));
          outcomes.computeIfAbsent(application.id().toString(), id -> java.util.Collections.synchronizedList(
              new ArrayList<>())).add(result.fold(r -> r.getClass().getSimpleName(), a -> "DECIDED"));
        });
      }
    }

    assertThat(Concurrently.succeeded(deciders)).isEqualTo(deciders.size());

    // A loser that read after the winner saved is refused as stale; one that lost the race to save, as a concurrent
    // change: either way it is told, and nothing of its decision is kept.
    assertThat(outcomes.values()).hasSize(5).allSatisfy(perApplication -> {
      assertThat(perApplication).hasSize(4).containsOnlyOnce("DECIDED");
      assertThat(perApplication).filteredOn(outcome -> !outcome.equals("DECIDED"))
          .hasSize(3).allMatch(outcome -> outcome.equals("StaleVersion") || outcome.equals("ConcurrentChange"));
    });
    for (MembershipApplication application : applications) {
      var stored = storage.membershipApplications().find(application.id()).get();
      assertThat(stored.version()).isEqualTo(2);
      assertThat(stored.decisions()).hasSize(1);
    }
    assertThat(storage.outbox().unpublished(1000)).filteredOn(r -> r.eventType().equals("PartnerAdmitted"))
        .hasSize(5);
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void a_change_that_fails_after_its_events_were_staged_leaves_neither_the_change_nor_the_events(
      TestDatabases.Kind kind) {
    JdbcStorage storage = databases.fresh(kind);
    Partner partner = Fixtures.anAdmittedPartner(Fixtures.anAssociation());
    var event = partner.withdraw(Fixtures.A_DAY_IN_2022, Fixtures.eventMeta()).get().events().get(0);

    assertThatThrownBy(() -> storage.unitOfWork().inTransaction(() -> {
      storage.partners().save(partner);
      storage.outbox().append(event);
      throw new IllegalStateException("host died mid-way");
    })).hasMessage("host died mid-way");

    assertThat(storage.partners().find(partner.id()).isEmpty()).isTrue();
    assertThat(storage.outbox().unpublished(10)).isEmpty();
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("databasesAndDays")
  void events_come_back_in_commit_order_are_marked_published_and_retention_deletes_only_published_ones(
      TestDatabases.Kind kind, LocalDate day) {
    JdbcStorage storage = databases.fresh(kind);
    PsiCore core = core(storage, day);
    MembershipApplication applied = apply(core, OrganisationKind.ASSOCIATION, "Verdandi", day);
    core.useCase(DecideMembershipUseCase.class)
        .decideMembership(new DecideMembershipCommand(COMMITTEE, applied.id().value(), null)).get();

    List<OutboxRecord> records = storage.outbox().unpublished(100);
    assertThat(records).extracting(OutboxRecord::eventType)
        .containsExactly("MembershipApplied", "PartnerAdmitted", "ContactPersonAppointed");
    assertThat(records).extracting(OutboxRecord::position).isSorted();
    assertThat(records.get(1).payload()).contains("\"organisationNumber\":\"" + applied.organisation()
        .organisationNumber() + "\"").doesNotContain("Kim Berg", "kim.berg@example.se");

    storage.outbox().markPublished(List.of(records.get(0).position()), Instant.parse("2022-03-01T12:00:00Z"));
    assertThat(storage.outbox().unpublished(100)).hasSize(2);
    assertThat(storage.outbox().deletePublishedBefore(Instant.parse("2022-03-02T00:00:00Z"))).isEqualTo(1);
    assertThat(storage.outbox().unpublished(100)).hasSize(2);
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("databasesAndDays")
  void a_withdrawal_that_breaks_the_majority_is_stored_with_the_committee_out_of_balance(TestDatabases.Kind kind,
      LocalDate day) {
    JdbcStorage storage = databases.fresh(kind);
    PsiCore core = core(storage, day);
    Partner verdandi = admit(core, storage, OrganisationKind.ASSOCIATION, "Verdandi", day);
    Partner activa = admit(core, storage, OrganisationKind.FOUNDATION, "Stiftelsen Activa", day);
    Partner region = admit(core, storage, OrganisationKind.REGION, "Region Örebro län", day);
    for (Partner partner : List.of(verdandi, activa, region)) {
      core.useCase(TakeCommitteeSeatUseCase.class)
          .takeCommitteeSeat(new SeatCommand(COMMITTEE, partner.id().value(), "rep", null)).get();
    }

    core.useCase(WithdrawFromPartnershipUseCase.class).withdrawFromPartnership(
        new PartnerCommand(Actor.of("admin", Role.ADMINISTRATOR), verdandi.id().value(), null)).get();

    var committee = core.useCase(GetWorkingCommitteeUseCase.class).getWorkingCommittee(new CommitteeQuery(COMMITTEE))
        .get();
    assertThat(committee.committee().outOfBalance()).isTrue();
    assertThat(committee.committee().seats()).extracting(s -> s.partnerId()).containsExactly(activa.id(), region.id());
    assertThat(storage.partnerContacts().find(verdandi.id()).get().active()).isFalse();
    var refused = core.useCase(TakeCommitteeSeatUseCase.class)
        .takeCommitteeSeat(new SeatCommand(COMMITTEE, verdandi.id().value(), null, null));
    assertThat(refused.getLeft()).isInstanceOf(Rejection.RuleRefusal.class);
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("databasesAndDays")
  void meetings_plans_and_documentation_are_stored_and_their_events_written_to_the_outbox(TestDatabases.Kind kind,
      LocalDate day) {
    JdbcStorage storage = databases.fresh(kind);
    PsiCore core = core(storage, day);
    var general = core.useCase(PlanMeetingUseCase.class).planMeeting(new PlanMeetingCommand(COMMITTEE,
        MeetingFormat.GENERAL_MEETING, "Stormöte", day.minusWeeks(2), null, true, null)).get();
    core.useCase(HoldMeetingUseCase.class).holdMeeting(new HoldMeetingCommand(COMMITTEE,
        general.id().value(), java.util.Set.of(), List.of("Planen fastställdes"), null)).get();
    var plan = core.useCase(CreateOperationalPlanUseCase.class).createOperationalPlan(
        new CreateOperationalPlanCommand(COMMITTEE, "Verksamhetsplan", day.getYear() - 1, day.getYear() + 4,
            List.of("Dialog"))).get();
    core.useCase(AdoptOperationalPlanUseCase.class).adoptOperationalPlan(
        new AdoptOperationalPlanCommand(COMMITTEE, plan.id().value(), general.id().value(), null)).get();
    core.useCase(PublishTemplateUseCase.class)
        .publishTemplate(new PublishTemplateCommand(COMMITTEE, "PSI-mall", List.of())).get();
    var recorded = core.useCase(DocumentInnovationUseCase.class).documentInnovation(
        new DocumentInnovationCommand(COMMITTEE, "PSI-mall", null, "Ensamhet", "Språkcafé",
            InnovationOrigin.NON_PROFIT, List.of("Verdandi"), java.util.Set.of(PriorityArea.HEALTH_PROMOTION_AND_CARE),
            "40 deltagare", java.util.Map.of())).get();

    assertThat(storage.operationalPlans().find(plan.id()).get().adoptedBy()).contains(general.id());
    assertThat(core.useCase(GetOperationalPlanUseCase.class).getOperationalPlan(
        new OperationalPlanQuery(COMMITTEE, plan.id().value())).get().version()).isEqualTo(2);
    assertThat(core.useCase(GetInnovationUseCase.class).getInnovation(
        new InnovationQuery(COMMITTEE, recorded.id().value())).get()).isEqualTo(recorded);
    assertThat(storage.outbox().unpublished(100)).extracting(OutboxRecord::eventType).containsExactly(
        "MeetingPlanned", "MeetingHeld", "OperationalPlanDrafted", "OperationalPlanAdopted", "TemplatePublished",
        "InnovationDocumented");
    assertThat(storage.outbox().unpublished(100).get(3).payload())
        .contains("\"meetingId\":\"" + general.id() + "\"");
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("databasesAndDays")
  void a_grant_case_from_draft_to_delegated_decision_is_stored_with_its_explanation_and_events(
      TestDatabases.Kind kind, LocalDate day) {
    JdbcStorage storage = databases.fresh(kind);
    PsiCore core = core(storage, day);
    Actor admin = Actor.of("admin", Role.ADMINISTRATOR);
    int year = day.getYear();
    core.useCase(OpenGrantSchemeUseCase.class).openGrantScheme(new OpenGrantSchemeCommand(admin, year,
        500_000, 10_000, 100_000, "Riktlinjer")).get();
    var delegation = core.useCase(RegisterDelegationUseCase.class).registerDelegation(new RegisterDelegationCommand(
        admin, "area-head", "Områdeschef", "Kulturnämnden", LocalDate.of(year, 1, 1), null))
        .get();
    OrganisationNumber number = Fixtures.anOrganisationNumber();
    Actor applicant = Actor.forOrganisation("applicant", number, Role.PARTNER_ADMINISTRATOR);
    var draft = core.useCase(DraftGrantApplicationUseCase.class).draftGrantApplication(
        new DraftGrantApplicationCommand(applicant, year,
        new OrganisationDetails(number.toString(), "Språkvänner", OrganisationKind.ASSOCIATION, null),
        new ProjectDetails("Språkcafé", "Träffar", "Ensamhet", "Mötesplatser", List.of(), 40_000L,
            LocalDate.of(year, 4, 1), LocalDate.of(year, 12, 31),
            java.util.Set.of(PriorityArea.HEALTH_PROMOTION_AND_CARE))))
        .get();
    core.useCase(SubmitGrantApplicationUseCase.class).submitGrantApplication(new GrantApplicationCommand(applicant,
        draft.id().value(), null)).get();
    Actor adviser = Actor.of("adviser", Role.HANDLING_GROUP_MEMBER);
    Actor official = Actor.of("official", Role.HANDLING_GROUP_MEMBER);
    core.useCase(StartAssessmentUseCase.class).startAssessment(new StartAssessmentCommand(official,
        draft.id().value(), List.of(
        new MemberDetails("adviser", MemberRole.ADVISER, Fixtures.anOrganisationNumber().toString()),
        new MemberDetails("official", MemberRole.REGION_OFFICIAL,
            Fixtures.anOrganisationNumber().toString())), null)).get();
    for (Actor member : List.of(adviser, official)) {
      core.useCase(MakeConflictDeclarationUseCase.class).makeConflictDeclaration(new ConflictDeclarationCommand(
          member, draft.id().value(), false,
          null, null)).get();
    }
    for (Criterion criterion : Criterion.values()) {
      for (Actor member : List.of(adviser, official)) {
        core.useCase(JudgeCriterionUseCase.class).judgeCriterion(new JudgeCriterionCommand(member,
            draft.id().value(), criterion,
            Judged.MET, "Uppfyllt", null)).get();
      }
    }
    core.useCase(DraftProposalUseCase.class).draftProposal(new ProposalCommand(adviser, draft.id().value(),
        GrantOutcome.GRANTED,
        40_000L, List.of(), "Uppfyller grundkraven", null, null)).get();
    var decided = core.useCase(DecideGrantUseCase.class).decideGrant(new DecideGrantCommand(
        Actor.of("area-head", Role.DELEGATED_DECIDER), draft.id().value(), delegation.id().value(),
        GrantOutcome.GRANTED, 40_000L, List.of(), "Uppfyller grundkraven", null, List.of("adviser"), null)).get();

    assertThat(storage.grants().find(draft.id()).get()).isEqualTo(decided);
    assertThat(storage.grants().find(year).get().granted().kronor()).isEqualTo(40_000);
    assertThat(storage.presentationObligations().unfulfilled()).hasSize(1);
    assertThat(storage.outbox().unpublished(100)).extracting(OutboxRecord::eventType)
        .contains("GrantApplicationSubmitted", "GrantAssessmentStarted", "ConflictOfInterestDeclared",
            "GrantProposalDrafted", "GrantDecided", "PresentationOwed");
    assertThat(storage.outbox().unpublished(100)).filteredOn(r -> r.eventType().equals("GrantDecided")).singleElement()
        .satisfies(r -> assertThat(r.payload()).contains("\"delegation\":\"" + delegation.id() + "\""));
  }

  /**
   * Each database on a day under the plan 2021-2026, and each on one of the days years after it (as the use-case
   * suites run): the stored rows are the same whatever the day, so four runs cover both without six.
   */
  static Stream<Arguments> databasesAndDays() {
    return Stream.of(Arguments.of(TestDatabases.Kind.H2, LocalDate.of(2022, 3, 1)),
        Arguments.of(TestDatabases.Kind.POSTGRESQL, LocalDate.of(2022, 3, 1)),
        Arguments.of(TestDatabases.Kind.H2, LocalDate.of(2027, 3, 1)),
        Arguments.of(TestDatabases.Kind.POSTGRESQL, LocalDate.of(2031, 3, 1)));
  }

  private static PsiCore core(JdbcStorage storage, LocalDate day) {
    return PsiCore.builder().storage(storage).clock(TestClock.at(day)).ids(IdSource.random()).build();
  }

  private static MembershipApplication apply(PsiCore core, OrganisationKind kind, String name, LocalDate day) {
    OrganisationNumber number = Fixtures.anOrganisationNumber();
    return core.useCase(ApplyForMembershipUseCase.class).applyForMembership(new ApplyForMembershipCommand(
        Actor.forOrganisation("applicant", number, Role.PARTNER_ADMINISTRATOR),
        new OrganisationDetails(number.toString(), name, kind, null),
        new BoardDecisionDetails(day.minusWeeks(7), "Styrelsen", "§ 5"),
        new ContactPersonDetails("Kim Berg", "Samordnare", "kim.berg@example.se", null, true), null, null)).get();
  }

  private static Partner admit(PsiCore core, JdbcStorage storage, OrganisationKind kind, String name,
      LocalDate day) {
    var decided = core.useCase(DecideMembershipUseCase.class)
        .decideMembership(new DecideMembershipCommand(COMMITTEE, apply(core, kind, name, day).id().value(), null))
        .get();
    assertThat(decided.latestDecision().get().outcome()).isEqualTo(MembershipOutcome.ADMITTED);
    return storage.partners().find(decided.latestDecision().get().partnerId().get()).get();
  }
}
