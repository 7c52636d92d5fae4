package se.psi.adapters.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.psi.core.PsiCore;
import se.psi.core.grant.domain.Criterion;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantOutcome;
import se.psi.core.grant.domain.GrantStatus;
import se.psi.core.grant.domain.Judged;
import se.psi.core.grant.domain.MemberRole;
import se.psi.core.grant.domain.NoticeChannel;
import se.psi.core.grant.port.in.CommunicateProposalCommand;
import se.psi.core.grant.port.in.CommunicateProposalUseCase;
import se.psi.core.grant.port.in.CommunicationAnswerCommand;
import se.psi.core.grant.port.in.ConflictDeclarationCommand;
import se.psi.core.grant.port.in.DecideGrantCommand;
import se.psi.core.grant.port.in.DecideGrantUseCase;
import se.psi.core.grant.port.in.DecisionNoticeCommand;
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
import se.psi.core.grant.port.in.RecordCommunicationAnswerUseCase;
import se.psi.core.grant.port.in.RecordDecisionNoticeUseCase;
import se.psi.core.grant.port.in.RefuseDecisionRequestCommand;
import se.psi.core.grant.port.in.RefuseDecisionRequestUseCase;
import se.psi.core.grant.port.in.RegisterDelegationCommand;
import se.psi.core.grant.port.in.RegisterDelegationUseCase;
import se.psi.core.grant.port.in.RequestDecisionCommand;
import se.psi.core.grant.port.in.RequestGrantDecisionUseCase;
import se.psi.core.grant.port.in.StartAssessmentCommand;
import se.psi.core.grant.port.in.StartAssessmentUseCase;
import se.psi.core.grant.port.in.SubmitGrantApplicationUseCase;
import se.psi.core.membership.port.in.OrganisationDetails;
import se.psi.core.outbox.OutboxRecord;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;
import se.psi.core.shared.IdSource;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.PriorityArea;
import se.psi.core.shared.Role;
import se.psi.testkit.fixtures.Fixtures;
import se.psi.testkit.time.TestClock;

/**
 * Grant cases as an authority handles them, stored on H2 and PostgreSQL and taken up again on later days by a core
 * with that day's clock: a refusal after kommunicering with its appeal information and notice (GRA-10, GRA-12), and
 * a case left undecided six months whose applicant asks for a decision (GRA-11).
 */
class JdbcGrantDecisionScenariosTest {

  private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
  private static final Actor ADVISER = Actor.of("adviser", Role.HANDLING_GROUP_MEMBER);
  private static final Actor OFFICIAL = Actor.of("official", Role.HANDLING_GROUP_MEMBER);
  private static final Actor AREA_HEAD = Actor.of("area-head", Role.DELEGATED_DECIDER);
  private final TestDatabases databases = new TestDatabases();

  @AfterEach
  void everyEventFitsItsSchemaThenDropDatabases() throws Exception {
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
  void GRA_10_GRA_12_a_refusal_waits_for_kommunicering_and_carries_its_appeal_information_and_notice(
      TestDatabases.Kind kind, LocalDate day) {
    JdbcStorage storage = databases.fresh(kind);
    UUID delegation = opened(core(storage, day), day);
    UUID id = proposed(core(storage, day), day, GrantOutcome.REJECTED).id().value();
    DecideGrantCommand refusal = new DecideGrantCommand(AREA_HEAD, id, delegation, GrantOutcome.REJECTED, null,
        List.of(), "Projektet är inte nytt lokalt", null, List.of("adviser"), null);

    var uncommunicated = core(storage, day).useCase(DecideGrantUseCase.class).decideGrant(refusal);
    core(storage, day).useCase(CommunicateProposalUseCase.class).communicateProposal(
        new CommunicateProposalCommand(OFFICIAL, id, day.plusDays(14), "e-post", null)).get();
    var beforeTheDay = core(storage, day.plusDays(10)).useCase(DecideGrantUseCase.class).decideGrant(refusal);
    PsiCore afterTheDay = core(storage, day.plusDays(15));
    afterTheDay.useCase(RecordCommunicationAnswerUseCase.class).recordCommunicationAnswer(
        new CommunicationAnswerCommand(OFFICIAL, id, false, "Inget svar kom", null)).get();
    afterTheDay.useCase(DecideGrantUseCase.class).decideGrant(refusal).get();
    core(storage, day.plusDays(16)).useCase(RecordDecisionNoticeUseCase.class).recordDecisionNotice(
        new DecisionNoticeCommand(OFFICIAL, id, day.plusDays(16), NoticeChannel.LETTER, null)).get();

    assertThat(uncommunicated.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
        r -> assertThat(r.messageKey()).isEqualTo("grant.gra10.notCommunicated"));
    assertThat(beforeTheDay.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
        r -> assertThat(r.messageKey()).isEqualTo("grant.gra10.awaitingAnswer"));
    GrantApplication stored = storage.grants().find(
        new se.psi.core.grant.domain.GrantApplicationId(id)).get();
    var decision = stored.decision().orElseThrow();
    assertThat(stored.status()).isEqualTo(GrantStatus.DECIDED);
    assertThat(decision.decidedOn()).isEqualTo(day.plusDays(15));
    assertThat(decision.appeal().orElseThrow().route()).isEqualTo("LAGLIGHETSPROVNING");
    assertThat(decision.appeal().orElseThrow().within()).isEqualTo(Period.ofWeeks(3));
    assertThat(decision.notice().orElseThrow().channel()).isEqualTo(NoticeChannel.LETTER);
    assertThat(decision.explanation().evaluations()).filteredOn(e -> e.ruleId().equals("GRA-10"))
        .extracting(e -> e.messageKey()).containsExactly("grant.gra10.noAnswerCame");
    assertThat(stored.communication().orElseThrow().answer().orElseThrow().answered()).isFalse();
    assertThat(storage.outbox().unpublished(1000)).extracting(OutboxRecord::eventType)
        .contains("ProposalCommunicated", "CommunicationAnswerRecorded", "GrantDecided", "DecisionNoticeRecorded");
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("databasesAndDays")
  void GRA_11_a_case_undecided_six_months_may_be_asked_to_be_decided_and_the_answer_is_due_four_weeks_later(
      TestDatabases.Kind kind, LocalDate day) {
    JdbcStorage storage = databases.fresh(kind);
    opened(core(storage, day), day);
    GrantApplication submitted = submitted(core(storage, day), day);
    UUID id = submitted.id().value();
    Actor applicant = Actor.forOrganisation("applicant", submitted.applicant().organisationNumber(),
        Role.PARTNER_ADMINISTRATOR);
    LocalDate sixMonths = day.plusMonths(6);

    var early = core(storage, sixMonths.minusDays(1)).useCase(RequestGrantDecisionUseCase.class)
        .requestGrantDecision(new RequestDecisionCommand(applicant, id, sixMonths.minusDays(1), null));
    GrantApplication requested = core(storage, sixMonths.plusDays(3)).useCase(RequestGrantDecisionUseCase.class)
        .requestGrantDecision(new RequestDecisionCommand(applicant, id, sixMonths.plusDays(3), null)).get();
    LocalDate decideBy = sixMonths.plusDays(3).plusWeeks(4);
    GrantApplication refused = core(storage, decideBy).useCase(RefuseDecisionRequestUseCase.class)
        .refuseDecisionRequest(new RefuseDecisionRequestCommand(AREA_HEAD, id,
            "Kommunens yttrande över projektet har begärts och väntas inom två veckor", null)).get();

    assertThat(early.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class, r -> {
      assertThat(r.ruleId()).isEqualTo("GRA-11");
      assertThat(r.args()).containsExactly(day, sixMonths);
    });
    var request = requested.requestForDecision().orElseThrow();
    assertThat(request.decideBy()).isEqualTo(decideBy);
    assertThat(request.overdueOn(decideBy)).isFalse();
    assertThat(request.overdueOn(decideBy.plusDays(1))).isTrue();
    GrantApplication stored = storage.grants().find(submitted.id()).get();
    assertThat(stored).isEqualTo(refused);
    assertThat(stored.requestForDecision().orElseThrow().refused().orElseThrow().on()).isEqualTo(decideBy);
    assertThat(storage.outbox().unpublished(1000)).extracting(OutboxRecord::eventType)
        .contains("DecisionRequested", "DecisionRequestRefused");
  }

  static Stream<Arguments> databasesAndDays() {
    return Stream.of(Arguments.of(TestDatabases.Kind.H2, LocalDate.of(2022, 3, 1)),
        Arguments.of(TestDatabases.Kind.POSTGRESQL, LocalDate.of(2031, 3, 1)));
  }

  private static PsiCore core(JdbcStorage storage, LocalDate day) {
    return PsiCore.builder().storage(storage).clock(TestClock.at(day)).ids(IdSource.random()).build();
  }

  /** The year's scheme and the area head's delegation; answers the delegation's id. */
  private static UUID opened(PsiCore core, LocalDate day) {
    core.useCase(OpenGrantSchemeUseCase.class).openGrantScheme(new OpenGrantSchemeCommand(ADMIN, day.getYear(),
        500_000, 10_000, 100_000, "Riktlinjer")).get();
    return core.useCase(RegisterDelegationUseCase.class).registerDelegation(new RegisterDelegationCommand(ADMIN,
        "area-head", "Områdeschef", "Kulturnämnden", day.withDayOfYear(1), null)).get().id().value();
  }

  private static GrantApplication submitted(PsiCore core, LocalDate day) {
    OrganisationNumber number = Fixtures.anOrganisationNumber();
    Actor applicant = Actor.forOrganisation("applicant", number, Role.PARTNER_ADMINISTRATOR);
    var draft = core.useCase(DraftGrantApplicationUseCase.class).draftGrantApplication(
        new DraftGrantApplicationCommand(applicant, day.getYear(),
            new OrganisationDetails(number.toString(), "Språkvänner", OrganisationKind.ASSOCIATION, null),
            new ProjectDetails("Språkcafé", "Träffar", "Ensamhet", "Mötesplatser", List.of(), 40_000L,
                day.plusMonths(1), day.plusMonths(9), java.util.Set.of(PriorityArea.HEALTH_PROMOTION_AND_CARE))))
        .get();
    return core.useCase(SubmitGrantApplicationUseCase.class).submitGrantApplication(
        new GrantApplicationCommand(applicant, draft.id().value(), null)).get();
  }

  /** Submitted, assessed by an adviser and an official (new locally judged not met) and proposed as given. */
  private static GrantApplication proposed(PsiCore core, LocalDate day, GrantOutcome outcome) {
    UUID id = submitted(core, day).id().value();
    core.useCase(StartAssessmentUseCase.class).startAssessment(new StartAssessmentCommand(OFFICIAL, id, List.of(
        new MemberDetails("adviser", MemberRole.ADVISER, Fixtures.anOrganisationNumber().toString()),
        new MemberDetails("official", MemberRole.REGION_OFFICIAL, Fixtures.anOrganisationNumber().toString())),
        null)).get();
    for (Actor member : List.of(ADVISER, OFFICIAL)) {
      core.useCase(MakeConflictDeclarationUseCase.class).makeConflictDeclaration(
          new ConflictDeclarationCommand(member, id, false, null, null)).get();
      for (Criterion criterion : Criterion.values()) {
        core.useCase(JudgeCriterionUseCase.class).judgeCriterion(new JudgeCriterionCommand(member, id, criterion,
            criterion == Criterion.NEW_LOCALLY ? Judged.NOT_MET : Judged.MET, "Bedömning", null)).get();
      }
    }
    return core.useCase(DraftProposalUseCase.class).draftProposal(new ProposalCommand(ADVISER, id, outcome, null,
        List.of(), "Liknande verksamhet finns redan i kommunen", null, null)).get();
  }
}
