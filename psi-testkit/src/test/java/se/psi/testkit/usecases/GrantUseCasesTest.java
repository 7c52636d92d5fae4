package se.psi.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.testkit.usecases.PsiWorld.ok;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.psi.core.committee.port.in.SeatCommand;
import se.psi.core.committee.port.in.TakeCommitteeSeatUseCase;
import se.psi.core.grant.domain.Criterion;
import se.psi.core.grant.domain.Delegation;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantEvent;
import se.psi.core.grant.domain.GrantOutcome;
import se.psi.core.grant.domain.GrantStatus;
import se.psi.core.grant.domain.Judged;
import se.psi.core.grant.domain.MemberRole;
import se.psi.core.grant.port.in.AddHandlingGroupMemberUseCase;
import se.psi.core.grant.port.in.AssessmentNoteCommand;
import se.psi.core.grant.port.in.ConflictDeclarationCommand;
import se.psi.core.grant.port.in.DecideGrantCommand;
import se.psi.core.grant.port.in.DecideGrantUseCase;
import se.psi.core.grant.port.in.DraftGrantApplicationCommand;
import se.psi.core.grant.port.in.DraftGrantApplicationUseCase;
import se.psi.core.grant.port.in.DraftProposalUseCase;
import se.psi.core.grant.port.in.FindGrantedProjectsUseCase;
import se.psi.core.grant.port.in.GetGrantApplicationUseCase;
import se.psi.core.grant.port.in.GrantApplicationCommand;
import se.psi.core.grant.port.in.GrantApplicationQuery;
import se.psi.core.grant.port.in.GrantPeriodQuery;
import se.psi.core.grant.port.in.JoinHandlingGroupCommand;
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
import se.psi.core.grant.port.in.ReportDelegatedDecisionsUseCase;
import se.psi.core.grant.port.in.RequestCompletionUseCase;
import se.psi.core.grant.port.in.ReviseGrantApplicationCommand;
import se.psi.core.grant.port.in.ReviseGrantApplicationUseCase;
import se.psi.core.grant.port.in.StartAssessmentCommand;
import se.psi.core.grant.port.in.StartAssessmentUseCase;
import se.psi.core.grant.port.in.SubmitGrantApplicationUseCase;
import se.psi.core.grant.port.in.WithdrawGrantApplicationUseCase;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.port.in.OrganisationDetails;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.PriorityArea;
import se.psi.core.shared.Role;
import se.psi.testkit.fixtures.Fixtures;

@OnEachDate
class GrantUseCasesTest {

  private final PsiWorld world;
  private final Actor admin = Actor.of("admin", Role.ADMINISTRATOR);
  private final Actor areaHead = Actor.of("area-head", Role.DELEGATED_DECIDER);
  private final Actor activa = Actor.of("adviser-activa", Role.HANDLING_GROUP_MEMBER);
  private final Actor coompanion = Actor.of("adviser-coompanion", Role.HANDLING_GROUP_MEMBER);
  private final Actor official = Actor.of("official-region", Role.HANDLING_GROUP_MEMBER);
  private final OrganisationNumber activaNumber = Fixtures.anOrganisationNumber();
  /** The scheme's year: the year of the day the suite runs on. */
  private final int year;

  GrantUseCasesTest(String today) {
    world = new PsiWorld(today);
    year = world.year();
  }

  @Test
  void GRA_1_to_GRA_8_an_application_from_draft_to_a_grant_decided_on_delegation() {
    Delegation delegation = setUp(100_000);
    OrganisationDetails applicant = anApplicant();
    Actor applicantAdmin = PsiWorld.adminOf(OrganisationNumber.of(applicant.organisationNumber()));

    GrantApplication draft = ok(world.useCase(DraftGrantApplicationUseCase.class).draftGrantApplication(
        new DraftGrantApplicationCommand(
        applicantAdmin, year, applicant, project(40_000, year))));
    ok(world.useCase(SubmitGrantApplicationUseCase.class).submitGrantApplication(command(applicantAdmin, draft)));
    GrantApplication assessed = startAssessment(draft);
    assertThat(assessed.conflicts()).isEmpty();
    judgeAll(draft);
    ok(world.useCase(DraftProposalUseCase.class).draftProposal(new ProposalCommand(activa, draft.id().value(),
        GrantOutcome.GRANTED,
        40_000L, List.of("Redovisning senast " + LocalDate.of(year + 1, 2, 28)), "Uppfyller grundkraven", null,
        null)));
    GrantApplication decided = ok(world.useCase(DecideGrantUseCase.class).decideGrant(decide(draft,
        delegation, 40_000L)));

    var decision = decided.decision().orElseThrow();
    assertThat(decided.status()).isEqualTo(GrantStatus.DECIDED);
    assertThat(decision.presenter()).isEqualTo("adviser-activa");
    assertThat(decision.decidedBy()).isEqualTo("area-head");
    assertThat(decision.explanation().failedRuleIds()).isEmpty();
    assertThat(world.psi.grantSchemes().find(year).get().granted().kronor()).isEqualTo(40_000);
    assertThat(world.psi.presentations().unfulfilled()).singleElement()
        .satisfies(owed -> assertThat(owed.projectReference()).isEqualTo(draft.id().toString()));
    assertThat(world.psi.outbox().events(GrantEvent.GrantDecided.class)).hasSize(1);
    var report = ok(world.useCase(ReportDelegatedDecisionsUseCase.class).reportDelegatedDecisions(
        new GrantPeriodQuery(PsiWorld.committeeMember(), world.inThisYear(1, 1),
            world.inThisYear(12, 31))));
    assertThat(report).containsExactly(decided);
    assertThat(ok(world.useCase(FindGrantedProjectsUseCase.class).findGrantedProjects(
        new GrantPeriodQuery(Actor.of("anyone"), world.inThisYear(1, 1), world.inThisYear(12, 31)))))
        .hasSize(1);
  }

  @Test
  void GRA_7_jav_is_detected_from_the_partnerships_own_data_before_assessment() {
    setUp(100_000);
    Partner applicantPartner = world.admitted(OrganisationKind.ASSOCIATION, "Verdandi");
    ok(world.useCase(TakeCommitteeSeatUseCase.class).takeCommitteeSeat(new SeatCommand(PsiWorld.committeeMember(),
        applicantPartner.id().value(), "official-region", null)));
    var organisation = applicantPartner.organisation();
    Actor applicantAdmin = PsiWorld.adminOf(applicantPartner);
    GrantApplication draft = ok(world.useCase(DraftGrantApplicationUseCase.class).draftGrantApplication(
        new DraftGrantApplicationCommand(
        applicantAdmin, year, new OrganisationDetails(organisation.organisationNumber().toString(),
            organisation.name(), organisation.kind(), null), project(40_000, year))));
    ok(world.useCase(SubmitGrantApplicationUseCase.class).submitGrantApplication(command(applicantAdmin, draft)));

    GrantApplication assessed = startAssessment(draft);

    assertThat(assessed.conflicts()).singleElement().satisfies(conflict -> {
      assertThat(conflict.personId()).isEqualTo("official-region");
      assertThat(conflict.detected()).isTrue();
    });
    var refused = world.useCase(JudgeCriterionUseCase.class).judgeCriterion(new JudgeCriterionCommand(official,
        draft.id().value(),
        Criterion.SOCIETAL_BENEFIT, Judged.MET, "Bra", null));
    assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
        r -> assertThat(r.ruleId()).isEqualTo("GRA-7"));
  }

  @Test
  void GRA_7_a_judgement_without_a_declaration_on_jav_is_refused_naming_the_declaration() {
    setUp(100_000);
    OrganisationDetails applicant = anApplicant();
    Actor applicantAdmin = PsiWorld.adminOf(OrganisationNumber.of(applicant.organisationNumber()));
    GrantApplication draft = ok(world.useCase(DraftGrantApplicationUseCase.class).draftGrantApplication(
        new DraftGrantApplicationCommand(
        applicantAdmin, year, applicant, project(40_000, year))));
    ok(world.useCase(SubmitGrantApplicationUseCase.class).submitGrantApplication(command(applicantAdmin, draft)));
    startAssessment(draft);

    var refused = world.useCase(JudgeCriterionUseCase.class).judgeCriterion(new JudgeCriterionCommand(coompanion,
        draft.id().value(),
        Criterion.SOCIETAL_BENEFIT, Judged.MET, "Bra", null));

    assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class, r -> {
      assertThat(r.ruleId()).isEqualTo("GRA-7");
      assertThat(r.messageKey()).isEqualTo("grant.gra7.notDeclared");
      assertThat(r.explanation().failures()).singleElement()
          .satisfies(e -> assertThat(e.field()).isEqualTo("conflictDeclaration"));
    });
    assertThat(world.psi.grantApplications().find(draft.id()).get().judgements()).isEmpty();
  }

  @Test
  void GRA_7_a_project_partner_added_while_completing_disqualifies_the_member_who_represents_it() {
    setUp(100_000);
    OrganisationDetails applicant = anApplicant();
    Actor applicantAdmin = PsiWorld.adminOf(OrganisationNumber.of(applicant.organisationNumber()));
    GrantApplication draft = ok(world.useCase(DraftGrantApplicationUseCase.class).draftGrantApplication(
        new DraftGrantApplicationCommand(
        applicantAdmin, year, applicant, project(40_000, year))));
    ok(world.useCase(SubmitGrantApplicationUseCase.class).submitGrantApplication(command(applicantAdmin, draft)));
    startAssessment(draft);
    ok(world.useCase(RequestCompletionUseCase.class).requestCompletion(new AssessmentNoteCommand(coompanion,
        draft.id().value(),
        "Ange samarbetsparterna", null, null)));
    ProjectDetails withActiva = new ProjectDetails("Språkcafé i Hallsberg", "Träffar varje vecka", "Ensamhet",
        "Bestående mötesplatser", List.of(new ProjectDetails.PartnerDetails("Hallsbergs bibliotek", null,
            "Avsiktsförklaring"), new ProjectDetails.PartnerDetails("Stiftelsen Activa", activaNumber.toString(),
            "Avtal om handledning")), 40_000L, LocalDate.of(year, 4, 1), LocalDate.of(year, 12, 31),
        Set.of(PriorityArea.SOCIAL_COHESION_AND_DEMOCRACY));

    GrantApplication revised = ok(world.useCase(ReviseGrantApplicationUseCase.class).reviseGrantApplication(
        new ReviseGrantApplicationCommand(
        applicantAdmin, draft.id().value(), withActiva, null)));

    assertThat(revised.conflicts()).singleElement().satisfies(conflict -> {
      assertThat(conflict.personId()).isEqualTo("adviser-activa");
      assertThat(conflict.reason()).isEqualTo("grant.gra7.representsPartner");
      assertThat(conflict.detected()).isTrue();
    });
    assertThat(world.psi.outbox().events(GrantEvent.ConflictOfInterestRecorded.class)).singleElement()
        .satisfies(e -> assertThat(e.personId()).isEqualTo("adviser-activa"));
  }

  @Test
  void GRA_7_a_decider_who_sits_for_the_applicant_in_the_working_committee_cannot_decide() {
    Delegation delegation = setUp(100_000);
    Partner applicantPartner = world.admitted(OrganisationKind.ASSOCIATION, "Verdandi");
    GrantApplication draft = proposedBy(applicantPartner);
    ok(world.useCase(TakeCommitteeSeatUseCase.class).takeCommitteeSeat(new SeatCommand(PsiWorld.committeeMember(),
        applicantPartner.id().value(), "area-head", null)));

    var refused = world.useCase(DecideGrantUseCase.class).decideGrant(decide(draft, delegation,
        40_000L));

    assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class, r -> {
      assertThat(r.ruleId()).isEqualTo("GRA-7");
      assertThat(r.messageKey()).isEqualTo("grant.gra7.deciderDisqualified");
    });
    assertThat(world.psi.grantApplications().find(draft.id()).get().status()).isEqualTo(GrantStatus.PROPOSAL_DRAFTED);
  }

  @Test
  void GRA_7_a_participant_who_sits_for_a_project_partner_in_the_working_committee_takes_no_part_in_the_decision() {
    Delegation delegation = setUp(100_000);
    Partner library = world.admitted(OrganisationKind.FOUNDATION, "Stiftelsen Biblioteket");
    ok(world.useCase(TakeCommitteeSeatUseCase.class).takeCommitteeSeat(new SeatCommand(PsiWorld.committeeMember(),
        library.id().value(), "participant-from-library", null)));
    OrganisationDetails applicant = anApplicant();
    Actor applicantAdmin = PsiWorld.adminOf(OrganisationNumber.of(applicant.organisationNumber()));
    GrantApplication draft = ok(world.useCase(DraftGrantApplicationUseCase.class).draftGrantApplication(
        new DraftGrantApplicationCommand(
        applicantAdmin, year, applicant, new ProjectDetails("Språkcafé i Hallsberg", "Träffar varje vecka",
            "Ensamhet", "Bestående mötesplatser", List.of(new ProjectDetails.PartnerDetails("Stiftelsen Biblioteket",
                library.organisation().organisationNumber().toString(), "Avsiktsförklaring")), 40_000L,
            LocalDate.of(year, 4, 1), LocalDate.of(year, 12, 31),
            Set.of(PriorityArea.SOCIAL_COHESION_AND_DEMOCRACY)))));
    ok(world.useCase(SubmitGrantApplicationUseCase.class).submitGrantApplication(command(applicantAdmin, draft)));
    startAssessment(draft);
    judgeAll(draft);
    ok(world.useCase(DraftProposalUseCase.class).draftProposal(new ProposalCommand(activa, draft.id().value(),
        GrantOutcome.GRANTED,
        40_000L, List.of(), "Uppfyller grundkraven", null, null)));

    var refused = world.useCase(DecideGrantUseCase.class).decideGrant(
        new DecideGrantCommand(areaHead, draft.id().value(), delegation.id().value(),
            GrantOutcome.GRANTED, 40_000L, List.of(), "Skäl", null, List.of("participant-from-library"), null));

    assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class, r -> {
      assertThat(r.ruleId()).isEqualTo("GRA-7");
      assertThat(r.explanation().failures()).extracting(e -> e.field()).containsExactly("participants");
    });
  }

  @Test
  void GRA_7_the_decider_declares_a_conflict_and_another_decider_with_a_delegation_decides() {
    Delegation delegation = setUp(100_000);
    Delegation deputys = ok(world.useCase(RegisterDelegationUseCase.class).registerDelegation(
        new RegisterDelegationCommand(admin, "deputy-head", "Ställföreträdande områdeschef", "Kulturnämnden",
            LocalDate.of(2021, 1, 1), null)));
    GrantApplication draft = proposedBy(world.admitted(OrganisationKind.ASSOCIATION, "Verdandi"));
    ok(world.useCase(MakeConflictDeclarationUseCase.class).makeConflictDeclaration(new ConflictDeclarationCommand(
        areaHead, draft.id().value(),
        true, "Min make sitter i föreningens styrelse", null)));
    var decide = world.useCase(DecideGrantUseCase.class);

    var refused = decide.decideGrant(decide(draft, delegation, 40_000L));
    GrantApplication decided = ok(decide.decideGrant(new DecideGrantCommand(
        Actor.of("deputy-head", Role.DELEGATED_DECIDER), draft.id().value(), deputys.id().value(),
        GrantOutcome.GRANTED, 40_000L, List.of(), "Uppfyller grundkraven", null, List.of("adviser-activa"), null)));

    assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
        r -> assertThat(r.messageKey()).isEqualTo("grant.gra7.deciderDisqualified"));
    assertThat(decided.decision().orElseThrow().decidedBy()).isEqualTo("deputy-head");
    assertThat(decided.declarations()).filteredOn(d -> d.personId().equals("area-head")).singleElement()
        .satisfies(d -> assertThat(d.conflict()).contains("Min make sitter i föreningens styrelse"));
    assertThat(world.psi.outbox().events(GrantEvent.ConflictOfInterestDeclared.class))
        .filteredOn(GrantEvent.ConflictOfInterestDeclared::conflict).singleElement()
        .satisfies(e -> assertThat(e.personId()).isEqualTo("area-head"));
  }

  @Test
  void GRA_7_a_member_joining_the_handling_group_is_checked_for_jav_and_declares_before_judging() {
    setUp(100_000);
    OrganisationDetails applicant = anApplicant();
    Actor applicantAdmin = PsiWorld.adminOf(OrganisationNumber.of(applicant.organisationNumber()));
    GrantApplication draft = ok(world.useCase(DraftGrantApplicationUseCase.class).draftGrantApplication(
        new DraftGrantApplicationCommand(
        applicantAdmin, year, applicant, project(40_000, year))));
    ok(world.useCase(SubmitGrantApplicationUseCase.class).submitGrantApplication(command(applicantAdmin, draft)));
    startAssessment(draft);
    Actor fromApplicant = Actor.of("adviser-from-applicant", Role.HANDLING_GROUP_MEMBER);
    Actor newcomer = Actor.of("adviser-newcomer", Role.HANDLING_GROUP_MEMBER);

    GrantApplication joined = ok(world.useCase(AddHandlingGroupMemberUseCase.class).addHandlingGroupMember(
        new JoinHandlingGroupCommand(official,
        draft.id().value(), new MemberDetails(fromApplicant.personId(), MemberRole.ADVISER,
            applicant.organisationNumber()), null)));
    ok(world.useCase(AddHandlingGroupMemberUseCase.class).addHandlingGroupMember(new JoinHandlingGroupCommand(official,
        draft.id().value(),
        new MemberDetails(newcomer.personId(), MemberRole.ADVISER,
            Fixtures.anOrganisationNumber().toString()), null)));

    assertThat(joined.conflicts()).singleElement().satisfies(c -> {
      assertThat(c.personId()).isEqualTo("adviser-from-applicant");
      assertThat(c.reason()).isEqualTo("grant.gra7.representsApplicant");
    });
    assertThat(world.useCase(MakeConflictDeclarationUseCase.class).makeConflictDeclaration(
        new ConflictDeclarationCommand(fromApplicant,
        draft.id().value(), false, null, null)).getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
            r -> assertThat(r.messageKey()).isEqualTo("grant.gra7.conflictStands"));
    var undeclared = world.useCase(JudgeCriterionUseCase.class).judgeCriterion(new JudgeCriterionCommand(newcomer,
        draft.id().value(),
        Criterion.NEW_LOCALLY, Judged.MET, "Nytt i länet", null));
    assertThat(undeclared.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
        r -> assertThat(r.messageKey()).isEqualTo("grant.gra7.notDeclared"));
    declareNoConflict(newcomer, draft);
    assertThat(ok(world.useCase(JudgeCriterionUseCase.class).judgeCriterion(new JudgeCriterionCommand(newcomer,
        draft.id().value(),
        Criterion.NEW_LOCALLY, Judged.MET, "Nytt i länet", null))).judgements()).hasSize(1);
    assertThat(world.psi.outbox().events(GrantEvent.HandlingGroupMemberJoined.class)).hasSize(2);
  }

  @Test
  void GRA_7_a_declared_conflict_needs_its_reason() {
    setUp(100_000);
    OrganisationDetails applicant = anApplicant();
    Actor applicantAdmin = PsiWorld.adminOf(OrganisationNumber.of(applicant.organisationNumber()));
    GrantApplication draft = ok(world.useCase(DraftGrantApplicationUseCase.class).draftGrantApplication(
        new DraftGrantApplicationCommand(applicantAdmin, year, applicant, project(40_000, year))));

    var refused = world.useCase(MakeConflictDeclarationUseCase.class).makeConflictDeclaration(
        new ConflictDeclarationCommand(activa,
        draft.id().value(), true, " ", null));

    assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.InvalidInput.class, invalid ->
        assertThat(invalid.violations()).singleElement()
            .satisfies(v -> assertThat(v.messageKey()).isEqualTo("grant.gra7.reasonForConflict")));
  }

  @Test
  void an_applicant_sees_only_its_own_applications_and_only_a_delegated_decider_decides() {
    setUp(100_000);
    OrganisationDetails applicant = anApplicant();
    Actor applicantAdmin = PsiWorld.adminOf(OrganisationNumber.of(applicant.organisationNumber()));
    GrantApplication draft = ok(world.useCase(DraftGrantApplicationUseCase.class).draftGrantApplication(
        new DraftGrantApplicationCommand(applicantAdmin, year, applicant, project(40_000, year))));
    Actor another = PsiWorld.adminOf(Fixtures.anOrganisationNumber());

    assertThat(world.useCase(GetGrantApplicationUseCase.class)
        .getGrantApplication(new GrantApplicationQuery(another, draft.id().value())).getLeft()).isInstanceOf(
            Rejection.NotFound.class);
    assertThat(world.useCase(GetGrantApplicationUseCase.class)
        .getGrantApplication(new GrantApplicationQuery(applicantAdmin, draft.id().value())).isRight()).isTrue();
    assertThat(world.useCase(WithdrawGrantApplicationUseCase.class)
        .withdrawGrantApplication(command(another, draft)).getLeft()).isInstanceOf(Rejection.NotFound.class);
  }

  @Test
  void GRA_5_a_caller_who_may_read_the_application_but_holds_no_delegation_is_refused_under_GRA_5() {
    Delegation delegation = setUp(100_000);
    OrganisationDetails applicant = anApplicant();
    Actor applicantAdmin = PsiWorld.adminOf(OrganisationNumber.of(applicant.organisationNumber()));
    GrantApplication draft = ok(world.useCase(DraftGrantApplicationUseCase.class).draftGrantApplication(
        new DraftGrantApplicationCommand(
        applicantAdmin, year, applicant, project(40_000, year))));
    ok(world.useCase(SubmitGrantApplicationUseCase.class).submitGrantApplication(command(applicantAdmin, draft)));
    startAssessment(draft);
    judgeAll(draft);
    ok(world.useCase(DraftProposalUseCase.class).draftProposal(new ProposalCommand(activa, draft.id().value(),
        GrantOutcome.GRANTED,
        40_000L, List.of(), "Uppfyller grundkraven", null, null)));
    var decide = world.useCase(DecideGrantUseCase.class);

    for (Actor reader : List.of(activa, applicantAdmin, admin)) {
      var refused = decide.decideGrant(new DecideGrantCommand(reader, draft.id().value(),
          delegation.id().value(), GrantOutcome.GRANTED, 40_000L, List.of(), "Skäl", null, List.of(), null));

      assertThat(refused.getLeft()).as(reader.personId()).isInstanceOfSatisfying(Rejection.NotPermitted.class,
          notPermitted -> {
            assertThat(notPermitted.rule()).hasValueSatisfying(rule -> {
              assertThat(rule.ruleId()).isEqualTo("GRA-5");
              assertThat(rule.field()).isEqualTo("decidedBy");
              assertThat(rule.messageKey()).isEqualTo("grant.gra5.noDelegationHeld");
            });
            assertThat(notPermitted.explanation().orElseThrow().rulesetVersion()).isEqualTo(
                world.rulesInForce().version());
          });
    }
    Actor stranger = PsiWorld.adminOf(Fixtures.anOrganisationNumber());
    assertThat(decide.decideGrant(new DecideGrantCommand(stranger, draft.id().value(),
        delegation.id().value(), GrantOutcome.GRANTED, 40_000L, List.of(), "Skäl", null, List.of(), null)).getLeft())
        .isInstanceOf(Rejection.NotFound.class);
    assertThat(world.psi.grantApplications().find(draft.id()).get().status()).isEqualTo(GrantStatus.PROPOSAL_DRAFTED);
  }

  @Test
  void GRA_BUDGET_a_grant_beyond_the_appropriation_is_refused_with_the_figures_and_nothing_is_written() {
    Delegation delegation = setUp(30_000);
    OrganisationDetails applicant = anApplicant();
    Actor applicantAdmin = PsiWorld.adminOf(OrganisationNumber.of(applicant.organisationNumber()));
    GrantApplication draft = ok(world.useCase(DraftGrantApplicationUseCase.class).draftGrantApplication(
        new DraftGrantApplicationCommand(
        applicantAdmin, year, applicant, project(30_000, year))));
    ok(world.useCase(SubmitGrantApplicationUseCase.class).submitGrantApplication(command(applicantAdmin, draft)));
    startAssessment(draft);
    judgeAll(draft);
    ok(world.useCase(DraftProposalUseCase.class).draftProposal(new ProposalCommand(activa, draft.id().value(),
        GrantOutcome.GRANTED,
        30_000L, List.of(), "Ok", null, null)));
    world.psi.grantSchemes().save(world.psi.grantSchemes().find(year).get().grant(se.psi.core.shared.Sek.of(10_000),
        new se.psi.core.rules.Explanation("v", world.day, List.of())).get());

    var refused = world.useCase(DecideGrantUseCase.class).decideGrant(decide(draft, delegation,
        30_000L));

    assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
        r -> assertThat(r.args()).containsExactly(30_000L, 10_000L, 30_000L, year));
    assertThat(world.psi.grantApplications().find(draft.id()).get().status()).isEqualTo(GrantStatus.PROPOSAL_DRAFTED);
    assertThat(world.psi.presentations().unfulfilled()).isEmpty();
  }

  @Test
  void GRA_1_a_scheme_whose_amount_range_is_empty_is_refused_when_it_is_opened_and_nothing_is_written() {
    var refused = world.useCase(OpenGrantSchemeUseCase.class).openGrantScheme(
        new OpenGrantSchemeCommand(admin, 2023, 500_000, 100_000, 10_000, "Riktlinjer"));

    assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.InvalidInput.class, invalid ->
        assertThat(invalid.violations()).extracting(v -> v.messageKey()).containsExactly("grant.limitsOrder"));
    assertThat(world.psi.grantSchemes().find(2023).isEmpty()).isTrue();
  }

  @Test
  void GRA_5_a_rejection_after_a_grant_is_decided_and_leaves_the_appropriation_as_it_was() {
    Delegation delegation = setUp(100_000);
    List<GrantApplication> drafts = new java.util.ArrayList<>();
    for (int i = 0; i < 2; i++) {
      OrganisationDetails applicant = anApplicant();
      Actor applicantAdmin = PsiWorld.adminOf(OrganisationNumber.of(applicant.organisationNumber()));
      GrantApplication draft = ok(world.useCase(DraftGrantApplicationUseCase.class).draftGrantApplication(
          new DraftGrantApplicationCommand(
          applicantAdmin, year, applicant, project(40_000, year))));
      ok(world.useCase(SubmitGrantApplicationUseCase.class).submitGrantApplication(command(applicantAdmin, draft)));
      startAssessment(draft);
      judgeAll(draft);
      drafts.add(draft);
    }
    GrantOutcome[] outcomes = {GrantOutcome.GRANTED, GrantOutcome.REJECTED};
    for (int i = 0; i < 2; i++) {
      Long kronor = outcomes[i] == GrantOutcome.GRANTED ? 40_000L : null;
      ok(world.useCase(DraftProposalUseCase.class).draftProposal(new ProposalCommand(activa, drafts.get(i).id().value(),
          outcomes[i],
          kronor, List.of(), "Skäl", null, null)));
      var draft = drafts.get(i);
      ok(world.useCase(DecideGrantUseCase.class).decideGrant(new DecideGrantCommand(
          areaHead, draft.id().value(), delegation.id().value(), outcomes[i], kronor, List.of(), "Skäl", null,
          List.of("adviser-activa"), null)));
    }

    assertThat(world.psi.grantSchemes().find(year).get().granted().kronor()).isEqualTo(40_000);
    assertThat(world.psi.outbox().events(GrantEvent.GrantDecided.class)).extracting(e -> e.outcome())
        .containsExactly(GrantOutcome.GRANTED, GrantOutcome.REJECTED);
  }

  /** An application by a partner, assessed with every criterion met and proposed for a grant of 40 000 kr. */
  private GrantApplication proposedBy(Partner applicantPartner) {
    var organisation = applicantPartner.organisation();
    Actor applicantAdmin = PsiWorld.adminOf(applicantPartner);
    GrantApplication draft = ok(world.useCase(DraftGrantApplicationUseCase.class).draftGrantApplication(
        new DraftGrantApplicationCommand(
        applicantAdmin, year, new OrganisationDetails(organisation.organisationNumber().toString(),
            organisation.name(), organisation.kind(), null), project(40_000, year))));
    ok(world.useCase(SubmitGrantApplicationUseCase.class).submitGrantApplication(command(applicantAdmin, draft)));
    startAssessment(draft);
    judgeAll(draft);
    ok(world.useCase(DraftProposalUseCase.class).draftProposal(new ProposalCommand(activa, draft.id().value(),
        GrantOutcome.GRANTED,
        40_000L, List.of(), "Uppfyller grundkraven", null, null)));
    return draft;
  }

  private Delegation setUp(long appropriation) {
    ok(world.useCase(OpenGrantSchemeUseCase.class).openGrantScheme(new OpenGrantSchemeCommand(admin, year,
        appropriation, 10_000, Math.min(100_000, appropriation), "Riktlinjer fastställda av Kulturnämnden")));
    return ok(world.useCase(RegisterDelegationUseCase.class).registerDelegation(new RegisterDelegationCommand(
        admin, "area-head", "Områdeschef Kultur och ideell sektor", "Kulturnämnden", world.inThisYear(1, 1),
        null)));
  }

  private GrantApplication startAssessment(GrantApplication draft) {
    return ok(world.useCase(StartAssessmentUseCase.class).startAssessment(new StartAssessmentCommand(official,
        draft.id().value(),
        List.of(new MemberDetails("adviser-activa", MemberRole.ADVISER, activaNumber.toString()),
            new MemberDetails("adviser-coompanion", MemberRole.ADVISER,
                Fixtures.anOrganisationNumber().toString()),
            new MemberDetails("official-region", MemberRole.REGION_OFFICIAL,
                Fixtures.anOrganisationNumber().toString())), null)));
  }

  private void judgeAll(GrantApplication draft) {
    for (Actor member : List.of(activa, coompanion, official)) {
      declareNoConflict(member, draft);
    }
    for (Criterion criterion : Criterion.values()) {
      for (Actor member : List.of(activa, coompanion, official)) {
        ok(world.useCase(JudgeCriterionUseCase.class).judgeCriterion(new JudgeCriterionCommand(member,
            draft.id().value(), criterion,
            Judged.MET, "Uppfyllt enligt ansökan", null)));
      }
    }
  }

  private GrantApplication declareNoConflict(Actor person, GrantApplication draft) {
    return ok(world.useCase(MakeConflictDeclarationUseCase.class).makeConflictDeclaration(
        new ConflictDeclarationCommand(person,
        draft.id().value(), false, null, null)));
  }


  private DecideGrantCommand decide(GrantApplication draft, Delegation delegation, Long kronor) {
    return new DecideGrantCommand(areaHead, draft.id().value(), delegation.id().value(),
        GrantOutcome.GRANTED, kronor, List.of(), "Uppfyller grundkraven", null, List.of("adviser-activa"), null);
  }

  private static GrantApplicationCommand command(Actor actor, GrantApplication application) {
    return new GrantApplicationCommand(actor, application.id().value(), null);
  }

  private static OrganisationDetails anApplicant() {
    return new OrganisationDetails(Fixtures.anOrganisationNumber().toString(), "Föreningen Språkvänner",
        OrganisationKind.ASSOCIATION, null);
  }

  @Test
  void GRA_9_a_submitted_application_arrives_and_is_registered_with_the_next_number_of_its_year() {
    setUp(100_000);
    OrganisationDetails applicant = anApplicant();
    Actor applicantAdmin = applicantAdmin(applicant);
    GrantApplication first = drafted(applicantAdmin, applicant, 40_000);
    GrantApplication second = drafted(applicantAdmin, applicant, 30_000);
    GrantApplication incomplete = drafted(applicantAdmin, applicant, 900_000);

    assertThat(first.registration()).as("a draft has not arrived").isEmpty();
    assertThat(world.useCase(SubmitGrantApplicationUseCase.class)
        .submitGrantApplication(command(applicantAdmin, incomplete)).isLeft()).isTrue();
    GrantApplication registered = ok(world.useCase(SubmitGrantApplicationUseCase.class)
        .submitGrantApplication(command(applicantAdmin, first)));
    GrantApplication next = ok(world.useCase(SubmitGrantApplicationUseCase.class)
        .submitGrantApplication(command(applicantAdmin, second)));

    var registration = registered.registration().orElseThrow();
    assertThat(registration.caseNumber().value()).as("a refused submission used no number")
        .isEqualTo("PSI " + year + "/0001");
    assertThat(next.registration().orElseThrow().caseNumber().value()).isEqualTo("PSI " + year + "/0002");
    assertThat(registration.arrivedOn()).isEqualTo(world.today());
    assertThat(registration.title()).isEqualTo("Språkcafé i Hallsberg");
    assertThat(registered.documents()).singleElement().satisfies(document -> {
      assertThat(document.kind()).isEqualTo(se.psi.core.grant.domain.CaseDocument.Kind.APPLICATION);
      assertThat(document.reference()).isEqualTo("PSI " + year + "/0001-1");
    });
    assertThat(world.psi.outbox().events(GrantEvent.GrantCaseRegistered.class))
        .extracting(GrantEvent.GrantCaseRegistered::caseNumber)
        .containsExactly("PSI " + year + "/0001", "PSI " + year + "/0002");
  }

  @Test
  void GRA_9_the_officer_gives_the_case_its_public_title_and_marks_what_is_under_secrecy() {
    setUp(100_000);
    OrganisationDetails applicant = anApplicant();
    Actor applicantAdmin = applicantAdmin(applicant);
    GrantApplication draft = drafted(applicantAdmin, applicant, 40_000);
    var describe = world.useCase(se.psi.core.grant.port.in.DescribeGrantCaseUseCase.class);
    var marking = new se.psi.core.grant.port.in.DescribeGrantCaseCommand(official, draft.id().value(),
        "Ansökan om utvecklingsmedel, språkcafé", "Budgetbilagan", "sekretess enligt OSL 30 kap. 23 §", null);

    assertThat(describe.describeGrantCase(marking).getLeft()).as("a draft is no case yet")
        .isInstanceOf(Rejection.IllegalState.class);
    ok(world.useCase(SubmitGrantApplicationUseCase.class).submitGrantApplication(command(applicantAdmin, draft)));
    assertThat(describe.describeGrantCase(new se.psi.core.grant.port.in.DescribeGrantCaseCommand(applicantAdmin,
        draft.id().value(), "Min rubrik", null, null, null)).getLeft()).isInstanceOf(Rejection.NotPermitted.class);
    assertThat(describe.describeGrantCase(new se.psi.core.grant.port.in.DescribeGrantCaseCommand(official,
        draft.id().value(), "Rubrik", "Budgetbilagan", " ", null)).getLeft())
        .isInstanceOfSatisfying(Rejection.InvalidInput.class, invalid -> assertThat(invalid.violations())
            .singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("secrecyGround")));
    GrantApplication marked = ok(describe.describeGrantCase(marking));

    var registration = marked.registration().orElseThrow();
    assertThat(registration.title()).isEqualTo("Ansökan om utvecklingsmedel, språkcafé");
    assertThat(registration.secrecy()).contains(new se.psi.core.grant.domain.SecrecyMarking("Budgetbilagan",
        "sekretess enligt OSL 30 kap. 23 §"));
    assertThat(world.psi.outbox().events(GrantEvent.GrantCaseDescribed.class))
        .extracting(GrantEvent.GrantCaseDescribed::secrecyMarked).containsExactly(true);
  }

  @Test
  void GRA_11_worklists_show_each_case_with_its_number_age_and_the_flag_when_undecided_six_months_after_arrival() {
    setUp(100_000);
    OrganisationDetails applicant = anApplicant();
    Actor applicantAdmin = applicantAdmin(applicant);
    GrantApplication old = drafted(applicantAdmin, applicant, 40_000);
    ok(world.useCase(SubmitGrantApplicationUseCase.class).submitGrantApplication(command(applicantAdmin, old)));
    LocalDate arrived = world.today();
    world.clock.setToday(arrived.plusMonths(6));
    GrantApplication recent = drafted(applicantAdmin, applicant, 30_000);
    ok(world.useCase(SubmitGrantApplicationUseCase.class).submitGrantApplication(command(applicantAdmin, recent)));
    GrantApplication draft = drafted(applicantAdmin, applicant, 20_000);
    var worklists = world.useCase(se.psi.core.grant.port.in.FindGrantWorklistsUseCase.class);
    var queue = new se.psi.core.grant.port.in.HandlingQueueQuery(official, null, null, 0, 10);

    var onTheDay = ok(worklists.handlingQueue(queue));
    world.clock.setToday(arrived.plusMonths(6).plusDays(1));
    var dayAfter = ok(worklists.handlingQueue(queue));

    assertThat(onTheDay.items()).extracting(item -> item.grantCase().applicationId())
        .containsExactly(old.id(), recent.id());
    assertThat(onTheDay.items().get(0).undecidedSixMonths()).as("six months to the day is still in time").isFalse();
    assertThat(dayAfter.items()).extracting(se.psi.core.grant.domain.WorklistItem::undecidedSixMonths)
        .containsExactly(true, false);
    assertThat(dayAfter.items().get(0).ageInDays())
        .contains(java.time.temporal.ChronoUnit.DAYS.between(arrived, world.today()));
    assertThat(dayAfter.items().get(0).grantCase().caseNumber().orElseThrow().value())
        .isEqualTo("PSI " + year + "/0001");
    assertThat(ok(worklists.handlingQueue(new se.psi.core.grant.port.in.HandlingQueueQuery(official, null, 30, 0,
        10))).items()).extracting(item -> item.grantCase().applicationId()).containsExactly(old.id());
    assertThat(worklists.handlingQueue(new se.psi.core.grant.port.in.HandlingQueueQuery(official,
        GrantStatus.DECIDED, null, 0, 10)).getLeft()).isInstanceOf(Rejection.InvalidInput.class);
    assertThat(ok(worklists.decisionQueue(new se.psi.core.grant.port.in.DecisionQueueQuery(areaHead, 0, 10)))
        .items()).isEmpty();
    assertThat(worklists.decisionQueue(new se.psi.core.grant.port.in.DecisionQueueQuery(official, 0, 10))
        .getLeft()).isInstanceOf(Rejection.NotPermitted.class);
    var own = ok(worklists.ownApplications(new se.psi.core.grant.port.in.OwnGrantApplicationsQuery(applicantAdmin,
        applicant.organisationNumber(), 0, 10)));
    assertThat(own.items()).extracting(item -> item.grantCase().applicationId())
        .containsExactly(draft.id(), old.id(), recent.id());
    assertThat(own.items().get(0).ageInDays()).as("a draft has not arrived").isEmpty();
    assertThat(worklists.ownApplications(new se.psi.core.grant.port.in.OwnGrantApplicationsQuery(
        PsiWorld.adminOf(Fixtures.anOrganisationNumber()), applicant.organisationNumber(), 0, 10)).getLeft())
        .isInstanceOf(Rejection.NotPermitted.class);
  }

  private GrantApplication drafted(Actor applicantAdmin, OrganisationDetails applicant, long kronor) {
    return ok(world.useCase(DraftGrantApplicationUseCase.class).draftGrantApplication(
        new DraftGrantApplicationCommand(applicantAdmin, year, applicant, project(kronor, year))));
  }

  private static Actor applicantAdmin(OrganisationDetails applicant) {
    return PsiWorld.adminOf(OrganisationNumber.of(applicant.organisationNumber()));
  }

  /** A project applying for {@code kronor}, run from April to the end of {@code year}. */
  static ProjectDetails project(long kronor, int year) {
    return new ProjectDetails("Språkcafé i Hallsberg", "Träffar varje vecka", "Ensamhet", "Bestående mötesplatser",
        List.of(new ProjectDetails.PartnerDetails("Hallsbergs bibliotek", null, "Avsiktsförklaring")), kronor,
        LocalDate.of(year, 4, 1), LocalDate.of(year, 12, 31), Set.of(PriorityArea.SOCIAL_COHESION_AND_DEMOCRACY));
  }
}
