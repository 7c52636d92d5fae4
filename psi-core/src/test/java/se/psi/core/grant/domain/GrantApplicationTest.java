package se.psi.core.grant.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.core.TestFacts.DAY;
import static se.psi.core.TestFacts.meta;
import static se.psi.core.TestFacts.organisation;
import static se.psi.core.TestFacts.rulesOn;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.psi.core.rules.Evaluation;
import se.psi.core.rules.Explanation;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.Verdict;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.PriorityArea;
import se.psi.core.shared.Referral;
import se.psi.core.shared.Sek;
import se.psi.core.rules.Rejection;

class GrantApplicationTest {

  private static final RuleSet RULES = rulesOn(DAY);
  private final GrantScheme scheme = GrantScheme.builder().year(2022).appropriation(Sek.of(100_000))
      .minimumAmount(Sek.of(10_000)).maximumAmount(Sek.of(60_000)).guidelines("Kulturnämnden").granted(Sek.ZERO)
      .version(1).build();
  private static final java.util.function.Supplier<CaseNumber> NUMBER = () -> CaseNumber.sequential("PSI", 2022, 1);
  private final Delegation delegation = Delegation.builder().id(new DelegationId(UUID.randomUUID()))
      .delegate("area-head").position("Områdeschef").fromCommittee("Kulturnämnden").matter(Delegation.GRANT_DECISIONS)
      .validFrom(LocalDate.of(2021, 1, 1)).validUntil(LocalDate.of(2022, 12, 31)).version(1).build();
  private final List<HandlingGroupMember> group = List.of(
      new HandlingGroupMember("adviser-1", MemberRole.ADVISER, number(1)),
      new HandlingGroupMember("adviser-2", MemberRole.ADVISER, number(2)),
      new HandlingGroupMember("official", MemberRole.REGION_OFFICIAL, number(3)));

  @Test
  void GRA_1_only_civil_society_organisations_may_apply_and_within_the_schemes_limits() {
    var company = GrantApplication.draft(id(), 2022, organisation(OrganisationKind.COMPANY), project(70_000));

    var refused = company.submit(scheme, RULES, DAY, NUMBER, meta());

    assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class, refusal ->
        assertThat(refusal.explanation().failures()).extracting(Evaluation::ruleId, Evaluation::field)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("GRA-1", "applicant"),
                org.assertj.core.groups.Tuple.tuple("GRA-1", "project.requested")));
  }

  @Test
  void GRA_9_a_case_is_registered_when_it_arrives_and_lists_its_documents_as_they_come() {
    var draft = GrantApplication.draft(id(), 2022, organisation(OrganisationKind.ASSOCIATION), project(40_000));
    List<CaseNumber> asked = new java.util.ArrayList<>();
    java.util.function.Supplier<CaseNumber> registry = () -> {
      asked.add(CaseNumber.sequential("PSI", 2022, 7));
      return asked.get(asked.size() - 1);
    };

    var tooMuch = GrantApplication.draft(id(), 2022, organisation(OrganisationKind.ASSOCIATION), project(900_000));
    assertThat(tooMuch.submit(scheme, RULES, DAY, registry, meta()).isLeft()).isTrue();
    assertThat(asked).as("a refused submission asks for no number").isEmpty();
    var submitted = draft.submit(scheme, RULES, DAY, registry, meta()).get();

    assertThat(draft.registration()).as("a draft has not arrived").isEmpty();
    assertThat(submitted.aggregate().registration()).contains(new Registration(CaseNumber.sequential("PSI", 2022, 7),
        DAY, draft.project().title(), java.util.Optional.empty()));
    assertThat(submitted.events()).hasAtLeastOneElementOfType(GrantEvent.GrantCaseRegistered.class);
    var later = submitted.aggregate().withDocument(CaseDocument.Kind.COMPLETION, DAY.plusDays(9));
    assertThat(later.documents()).containsExactly(
        new CaseDocument(CaseDocument.Kind.APPLICATION, DAY, "PSI 2022/0007-1"),
        new CaseDocument(CaseDocument.Kind.COMPLETION, DAY.plusDays(9), "PSI 2022/0007-2"));
    assertThat(draft.withDocument(CaseDocument.Kind.OTHER, DAY).documents()).as("nothing is listed on a draft")
        .isEmpty();
  }

  @Test
  void GRA_1_a_social_enterprise_may_apply_as_a_civil_society_organisation_may() {
    for (OrganisationKind kind : List.of(OrganisationKind.SOCIAL_ENTERPRISE, OrganisationKind.COOPERATIVE,
        OrganisationKind.WORK_INTEGRATING_SOCIAL_ENTERPRISE, OrganisationKind.ASSOCIATION)) {
      var application = GrantApplication.draft(id(), 2022, organisation(kind), project(40_000));

      var submitted = application.submit(scheme, RULES, DAY, NUMBER, meta());

      assertThat(submitted.isRight()).as(kind.name()).isTrue();
    }
  }

  @Test
  void GRA_1_a_public_body_or_a_business_is_still_refused_under_every_orebro_ruleset() {
    for (LocalDate on : List.of(LocalDate.of(2015, 6, 1), LocalDate.of(2018, 6, 1), DAY, LocalDate.of(2027, 3, 1))) {
      for (OrganisationKind kind : List.of(OrganisationKind.MUNICIPALITY, OrganisationKind.COMPANY,
          OrganisationKind.BUSINESS_NETWORK, OrganisationKind.UNIVERSITY)) {
        var application = GrantApplication.draft(id(), 2022, organisation(kind), project(40_000));

        var refused = application.submit(scheme, rulesOn(on), on, NUMBER, meta());

        assertThat(refused.getLeft()).as(kind + " on " + on).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
            refusal -> assertThat(refusal.explanation().failures()).extracting(Evaluation::ruleId, Evaluation::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GRA-1", "applicant")));
      }
    }
  }

  @Test
  void GRA_1_which_sectors_may_apply_stays_a_parameter_of_the_ruleset() {
    var civilSocietyOnly = se.psi.core.rules.RuleSet.builder().from(RULES).grantApplicantSectors(
        Set.of(se.psi.core.shared.Sector.CIVIL_SOCIETY)).build();
    var application = GrantApplication.draft(id(), 2022, organisation(OrganisationKind.SOCIAL_ENTERPRISE),
        project(40_000));

    assertThat(application.submit(scheme, civilSocietyOnly, DAY, NUMBER, meta()).getLeft())
        .isInstanceOfSatisfying(Rejection.RuleRefusal.class, r -> assertThat(r.ruleId()).isEqualTo("GRA-1"));
  }

  @Test
  void GRA_2_submission_names_every_missing_part_of_the_description_at_once() {
    var empty = GrantApplication.draft(id(), 2022, organisation(OrganisationKind.ASSOCIATION),
        new ProjectDescription("", "", "", "", List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
            Set.of()));

    var refused = (Rejection.RuleRefusal) empty.submit(scheme, RULES, DAY, NUMBER, meta()).getLeft();

    assertThat(refused.explanation().failures()).extracting(Evaluation::field).containsExactly("project.title",
        "project.description", "project.challenge", "project.expectedEffects", "project.requested", "project.period",
        "project.priorityAreas");
  }

  @Test
  void GRA_3_the_criteria_are_judgements_by_people_and_a_grant_needs_all_four_met() {
    var assessed = assessed();
    assertThat(assessed.criteriaSummary()).extracting(Evaluation::verdict).containsOnly(Verdict.NEEDS_JUDGEMENT);

    var judged = judgeAll(assessed, Judged.MET);
    judged = judged.judge("adviser-2", Criterion.NEW_LOCALLY, Judged.NOT_MET, "Finns redan i Kumla", RULES, DAY, meta())
        .get().aggregate().judge("official", Criterion.NEW_LOCALLY, Judged.NOT_MET, "Samma", RULES, DAY, meta()).get()
        .aggregate();

    assertThat(judged.criteriaSummary().get(2).verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(judged.criteriaSummary().get(2).args()).contains(Criterion.NEW_LOCALLY, 1L, 2L);
    assertThat(judged.propose(proposal(GrantOutcome.GRANTED, 40_000, "adviser-1"), RULES, DAY, meta()).getLeft())
        .isInstanceOfSatisfying(Rejection.RuleRefusal.class, r -> assertThat(r.ruleId()).isEqualTo("GRA-3"));
  }

  @Test
  void GRA_4_the_handling_group_is_the_advisory_team_and_one_official_and_only_members_assess() {
    var submitted = submitted();
    var twoOfficials = List.of(group.get(0), new HandlingGroupMember("o1", MemberRole.REGION_OFFICIAL, number(4)),
        new HandlingGroupMember("o2", MemberRole.REGION_OFFICIAL, number(5)));

    assertThat(submitted.startAssessment(twoOfficials, List.of(), RULES, DAY, meta()).getLeft())
        .isInstanceOfSatisfying(Rejection.RuleRefusal.class, r -> assertThat(r.ruleId()).isEqualTo("GRA-4"));
    assertThat(assessed().judge("outsider", Criterion.SOCIETAL_BENEFIT, Judged.MET, "Bra", RULES, DAY, meta()).getLeft())
        .isInstanceOfSatisfying(Rejection.RuleRefusal.class, r -> assertThat(r.ruleId()).isEqualTo("GRA-4"));
    assertThat(assessed().recordApplicantMeeting(DAY, "Möte med föreningen", meta()).get().aggregate().applicantMeetings())
        .hasSize(1);
  }

  @Test
  void GRA_5_only_a_valid_delegation_decides_and_never_the_presenter() {
    var proposed = proposed(GrantOutcome.GRANTED, 40_000, "adviser-1");

    var byPresenter = proposed.decide(decision("adviser-1", GrantOutcome.GRANTED, 40_000), delegation, scheme, RULES,
        meta());
    var afterDelegationEnds = proposed.decide(new GrantDecision(GrantOutcome.GRANTED, Optional.of(Sek.of(40_000)),
        List.of(), "Ok", Optional.empty(), "area-head", delegation.id(), "", List.of(), LocalDate.of(2023, 1, 2),
        new Explanation("-", DAY, List.of()), 1, List.of(), Optional.of(APPEAL), Optional.empty(), Optional.empty()),
        delegation, scheme, RULES, meta());
    var decided = proposed.decide(decision("area-head", GrantOutcome.GRANTED, 40_000), delegation, scheme, RULES,
        meta()).get();

    assertThat(byPresenter.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
        r -> assertThat(r.ruleId()).isEqualTo("GRA-5"));
    assertThat(afterDelegationEnds.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
        r -> assertThat(r.ruleId()).isEqualTo("GRA-14"));
    var record = decided.application().decision().orElseThrow();
    assertThat(record.delegation()).isEqualTo(delegation.id());
    assertThat(record.presenter()).isEqualTo("adviser-1");
    assertThat(record.explanation().rulesetVersion()).isEqualTo("orebro-2022");
    assertThat(decided.scheme().granted()).isEqualTo(Sek.of(40_000));
  }

  @Test
  void GRA_6_an_application_can_need_completion_and_a_referral_can_stand_alone() {
    var asked = assessed().requestCompletion("adviser-1", "Beskriv förankringen hos biblioteket", RULES, DAY, meta())
        .get().aggregate();
    assertThat(asked.status()).isEqualTo(GrantStatus.COMPLETION_REQUESTED);
    var back = declaredNoConflict(asked.revise(project(40_000), meta()).get().aggregate()
        .resubmit(scheme, RULES, DAY, meta()).get().aggregate(), "adviser-1");
    assertThat(back.status()).isEqualTo(GrantStatus.IN_ASSESSMENT);

    var referralWithout = back.propose(proposal(GrantOutcome.REFERRED, 0, "adviser-1"), RULES, DAY, meta());
    assertThat(referralWithout.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
        r -> assertThat(r.messageKey()).isEqualTo("grant.gra6.referralRequired"));
    var referred = back.propose(new Proposal(GrantOutcome.REFERRED, Optional.empty(), List.of(), "Större projekt",
        Optional.of(new Referral("Allmänna arvsfonden", Referral.Kind.FUNDER, "Större projekt")), "adviser-1", DAY),
        RULES, DAY, meta());
    assertThat(referred.isRight()).isTrue();
  }

  @Test
  void GRA_7_a_disqualified_member_neither_judges_drafts_nor_takes_part_in_the_decision() {
    var assessed = judgeAll(assessed(), Judged.MET);
    var declared = assessed.declareConflict("adviser-2", "Sitter i sökandes styrelse", DAY, meta()).get()
        .aggregate();

    assertThat(declared.judgements()).noneMatch(j -> j.personId().equals("adviser-2"));
    assertThat(declared.judge("adviser-2", Criterion.SOCIETAL_BENEFIT, Judged.MET, "x", RULES, DAY, meta()).getLeft())
        .isInstanceOfSatisfying(Rejection.RuleRefusal.class, r -> assertThat(r.ruleId()).isEqualTo("GRA-7"));
    assertThat(declared.propose(proposal(GrantOutcome.REJECTED, 0, "adviser-2"), RULES, DAY, meta()).getLeft())
        .isInstanceOfSatisfying(Rejection.RuleRefusal.class, r -> assertThat(r.ruleId()).isEqualTo("GRA-7"));
    var proposed = declared.propose(proposal(GrantOutcome.GRANTED, 40_000, "adviser-1"), RULES, DAY, meta()).get()
        .aggregate();
    var withDisqualified = proposed.decide(new GrantDecision(GrantOutcome.GRANTED, Optional.of(Sek.of(40_000)),
        List.of(), "Ok", Optional.empty(), "area-head", delegation.id(), "", List.of("adviser-2"), DAY,
        new Explanation("-", DAY, List.of())), delegation, scheme, RULES, meta());
    assertThat(withDisqualified.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
        r -> assertThat(r.ruleId()).isEqualTo("GRA-7"));
  }

  @Test
  void GRA_7_a_member_judges_only_after_declaring_that_there_is_no_jav() {
    var assessed = assessed();

    var undeclared = assessed.judge("adviser-1", Criterion.SOCIETAL_BENEFIT, Judged.MET, "Bra", RULES, DAY, meta());
    var declared = assessed.declare("adviser-1", Optional.empty(), RULES, DAY, meta()).get();

    assertThat(undeclared.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class, r -> {
      assertThat(r.ruleId()).isEqualTo("GRA-7");
      assertThat(r.explanation().failures()).extracting(Evaluation::field).containsExactly("conflictDeclaration");
    });
    assertThat(declared.aggregate().declarations()).singleElement().satisfies(d -> {
      assertThat(d.personId()).isEqualTo("adviser-1");
      assertThat(d.on()).isEqualTo(DAY);
      assertThat(d.declaresConflict()).isFalse();
    });
    assertThat(declared.events()).singleElement().isEqualTo(new GrantEvent.ConflictOfInterestDeclared(
        declared.events().get(0).meta(), assessed.id(), "adviser-1", false));
    assertThat(declared.aggregate().judge("adviser-1", Criterion.SOCIETAL_BENEFIT, Judged.MET, "Bra", RULES, DAY, meta())
        .get().aggregate().judgements()).hasSize(1);
    assertThat(declared.aggregate().propose(proposal(GrantOutcome.REJECTED, 0, "adviser-2"), RULES, DAY, meta())
        .getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
            r -> assertThat(r.messageKey()).isEqualTo("grant.gra7.notDeclared"));
  }

  @Test
  void GRA_7_a_partner_added_while_completing_makes_the_declarations_of_no_jav_lapse() {
    var asked = judgeAll(assessed(), Judged.MET).declareConflict("adviser-2", "Styrelseledamot", DAY, meta()).get()
        .aggregate().requestCompletion("adviser-1", "Ange parterna", RULES, DAY, meta()).get().aggregate();
    var sameAnchoringReworded = asked.revise(new ProjectDescription("Språkcafé", "Träffar", "Ensamhet",
        "Bestående mötesplatser", List.of(new ProjectDescription.ProjectPartner("Biblioteket", Optional.empty(),
            "Skriftlig avsiktsförklaring")), Optional.of(Sek.of(40_000)), Optional.of(DAY),
        Optional.of(DAY.plusMonths(9)), Set.of(PriorityArea.SOCIAL_COHESION_AND_DEMOCRACY)), meta()).get();
    var partnerAdded = asked.revise(new ProjectDescription("Språkcafé", "Träffar", "Ensamhet",
        "Bestående mötesplatser", List.of(new ProjectDescription.ProjectPartner("Biblioteket", Optional.empty(),
            "Avsiktsförklaring"), new ProjectDescription.ProjectPartner("Studieförbundet", Optional.of(number(9)),
            "Avtal")), Optional.of(Sek.of(40_000)), Optional.of(DAY), Optional.of(DAY.plusMonths(9)),
        Set.of(PriorityArea.SOCIAL_COHESION_AND_DEMOCRACY)), meta()).get();

    assertThat(sameAnchoringReworded.events()).singleElement().isInstanceOf(GrantEvent.GrantApplicationRevised.class);
    assertThat(sameAnchoringReworded.aggregate().declarations()).hasSize(3);
    assertThat(partnerAdded.events()).hasSize(2).last().isInstanceOfSatisfying(
        GrantEvent.ConflictDeclarationsLapsed.class,
        e -> assertThat(e.personIds()).containsExactlyInAnyOrder("adviser-1", "official"));
    assertThat(partnerAdded.aggregate().declarations()).singleElement()
        .satisfies(d -> assertThat(d.conflict()).contains("Styrelseledamot"));
    var back = partnerAdded.aggregate().resubmit(scheme, RULES, DAY, meta()).get().aggregate();
    assertThat(back.judge("adviser-1", Criterion.NEW_LOCALLY, Judged.MET, "Ja", RULES, DAY, meta()).getLeft())
        .isInstanceOfSatisfying(Rejection.RuleRefusal.class, r -> assertThat(r.ruleId()).isEqualTo("GRA-7"));
  }

  @Test
  void GRA_7_jav_found_again_strikes_the_judgements_and_a_disqualified_presenters_proposal_falls() {
    var proposed = proposed(GrantOutcome.GRANTED, 40_000, "adviser-1");

    var found = proposed.withConflictsFound(List.of(new ConflictOfInterest("adviser-1",
        "grant.gra7.seatForApplicant", true, DAY)), meta());

    assertThat(found.aggregate().version()).isEqualTo(proposed.version());
    assertThat(found.aggregate().status()).isEqualTo(GrantStatus.IN_ASSESSMENT);
    assertThat(found.aggregate().proposal()).isEmpty();
    assertThat(found.aggregate().judgements()).noneMatch(j -> j.personId().equals("adviser-1"));
    assertThat(found.aggregate().hasDeclaredNoConflict("adviser-1")).isFalse();
    assertThat(found.events()).singleElement().isInstanceOfSatisfying(GrantEvent.ConflictOfInterestRecorded.class,
        e -> assertThat(e.detected()).isTrue());
    assertThat(found.aggregate().declare("adviser-1", Optional.empty(), RULES, DAY, meta()).getLeft())
        .isInstanceOfSatisfying(Rejection.RuleRefusal.class,
            r -> assertThat(r.messageKey()).isEqualTo("grant.gra7.conflictStands"));
    assertThat(found.aggregate().withConflictsFound(List.of(new ConflictOfInterest("adviser-1",
        "grant.gra7.seatForApplicant", true, DAY)), meta()).events()).isEmpty();
  }

  @Test
  void GRA_7_the_decider_declares_a_conflict_and_then_cannot_decide_and_another_delegated_decider_does() {
    var proposed = proposed(GrantOutcome.GRANTED, 40_000, "adviser-1");
    var declared = proposed.declare("area-head", Optional.of("Sitter i sökandes styrelse"), RULES, DAY, meta()).get()
        .aggregate();
    var deputy = Delegation.builder().from(delegation).id(new DelegationId(UUID.randomUUID())).delegate("deputy")
        .build();

    var refused = declared.decide(decision("area-head", GrantOutcome.GRANTED, 40_000), delegation, scheme, RULES,
        meta());
    var decided = declared.decide(decision("deputy", GrantOutcome.GRANTED, 40_000), deputy, scheme, RULES, meta());

    assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class, r -> {
      assertThat(r.ruleId()).isEqualTo("GRA-7");
      assertThat(r.messageKey()).isEqualTo("grant.gra7.deciderDisqualified");
      assertThat(r.explanation().failures()).extracting(Evaluation::field).containsExactly("decidedBy");
    });
    assertThat(decided.get().application().decision().orElseThrow().decidedBy()).isEqualTo("deputy");
    assertThat(decided.get().application().decision().orElseThrow().explanation().evaluations())
        .filteredOn(e -> e.ruleId().equals("GRA-7")).extracting(Evaluation::verdict).containsOnly(Verdict.MET);
  }

  @Test
  void GRA_4_GRA_7_a_member_joins_the_group_and_jav_found_for_them_is_recorded_but_never_a_second_official() {
    var assessed = assessed();
    var newcomer = new HandlingGroupMember("adviser-3", MemberRole.ADVISER, number(7));

    var joined = assessed.addMember(newcomer, List.of(new ConflictOfInterest("adviser-3",
        "grant.gra7.representsPartner", true, DAY)), RULES, DAY, meta()).get();
    var secondOfficial = assessed.addMember(new HandlingGroupMember("official-2", MemberRole.REGION_OFFICIAL,
        number(8)), List.of(), RULES, DAY, meta());

    assertThat(joined.aggregate().handlingGroup()).contains(newcomer);
    assertThat(joined.aggregate().version()).isEqualTo(assessed.version() + 1);
    assertThat(joined.aggregate().isDisqualified("adviser-3")).isTrue();
    assertThat(joined.events()).extracting(e -> e.getClass().getSimpleName())
        .containsExactly("HandlingGroupMemberJoined", "ConflictOfInterestRecorded");
    assertThat(secondOfficial.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
        r -> assertThat(r.ruleId()).isEqualTo("GRA-4"));
    assertThat(assessed.addMember(group.get(0), List.of(), RULES, DAY, meta()).getLeft())
        .isInstanceOfSatisfying(Rejection.RuleRefusal.class,
            r -> assertThat(r.messageKey()).isEqualTo("grant.gra4.alreadyMember"));
  }

  @Test
  void GRA_BUDGET_the_sum_granted_never_exceeds_the_appropriation() {
    var charged = scheme.grant(Sek.of(80_000), new Explanation("v", DAY, List.of())).get();

    var refused = charged.grant(Sek.of(30_000), new Explanation("v", DAY, List.of()));

    assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class, r -> {
      assertThat(r.ruleId()).isEqualTo(GrantDecisionRules.GRA_BUDGET.id());
      assertThat(r.args()).containsExactly(30_000L, 80_000L, 100_000L, 2022);
    });
  }

  @Test
  void the_status_machine_allows_only_its_transitions() {
    assertThat(GrantStatus.DRAFT.next()).containsExactlyInAnyOrder(GrantStatus.SUBMITTED, GrantStatus.WITHDRAWN);
    assertThat(GrantStatus.DECIDED.next()).isEmpty();
    var decided = proposed(GrantOutcome.REJECTED, 0, "adviser-1")
        .omitCommunication("Sökanden har själv återkallat sin begäran om medel", "area-head", DAY, meta()).get()
        .aggregate().decide(decision("area-head", GrantOutcome.REJECTED, 0), delegation, scheme, RULES, meta()).get()
        .application();
    assertThat(decided.withdraw(meta()).getLeft()).isInstanceOf(Rejection.IllegalState.class);
    assertThat(decided.declareConflict("adviser-1", "x", DAY, meta()).getLeft())
        .isInstanceOf(Rejection.IllegalState.class);
  }

  @Test
  void GRA_10_a_refusal_waits_for_kommunicering_and_the_answer_or_the_day_to_answer_passing() {
    var proposed = proposed(GrantOutcome.REJECTED, 0, "adviser-1");
    var refusal = decision("area-head", GrantOutcome.REJECTED, 0);

    var uncommunicated = proposed.decide(refusal, delegation, scheme, RULES, meta());
    var sent = proposed.communicate(DAY.plusDays(14), "e-post", "official", RULES, DAY, meta()).get().aggregate();
    var waiting = sent.decide(refusal, delegation, scheme, RULES, meta());
    var tooEarly = sent.recordCommunicationAnswer(false, "Inget svar", "official", RULES, DAY.plusDays(14), meta());
    var noneCame = sent.recordCommunicationAnswer(false, "Inget svar", "official", RULES, DAY.plusDays(15), meta())
        .get().aggregate();
    var decided = noneCame.decide(withDay(refusal, DAY.plusDays(15)), delegation, scheme, RULES, meta());

    assertThat(uncommunicated.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class, r -> {
      assertThat(r.ruleId()).isEqualTo("GRA-10");
      assertThat(r.messageKey()).isEqualTo("grant.gra10.notCommunicated");
    });
    assertThat(waiting.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
        r -> assertThat(r.messageKey()).isEqualTo("grant.gra10.awaitingAnswer"));
    assertThat(tooEarly.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
        r -> assertThat(r.messageKey()).isEqualTo("grant.gra10.deadlineNotPassed"));
    assertThat(decided.get().application().decision().orElseThrow().explanation().evaluations())
        .filteredOn(e -> e.ruleId().equals("GRA-10")).extracting(Evaluation::messageKey)
        .containsExactly("grant.gra10.noAnswerCame");
  }

  @Test
  void GRA_10_a_lower_amount_or_conditions_go_against_the_applicant_and_an_exception_is_recorded_with_its_reason() {
    var proposed = proposed(GrantOutcome.GRANTED, 30_000, "adviser-1");

    var lower = proposed.decide(decision("area-head", GrantOutcome.GRANTED, 30_000), delegation, scheme, RULES,
        meta());
    var waived = proposed.omitCommunication("Sökanden har i möte godtagit det lägre beloppet", "area-head", DAY,
        meta()).get().aggregate().decide(decision("area-head", GrantOutcome.GRANTED, 30_000), delegation, scheme,
        RULES, meta());
    var answered = proposed.communicate(DAY.plusDays(7), "brev", "official", RULES, DAY, meta()).get().aggregate()
        .recordCommunicationAnswer(true, "Godtar beloppet", "official", RULES, DAY.plusDays(2), meta()).get()
        .aggregate().decide(decision("area-head", GrantOutcome.GRANTED, 30_000), delegation, scheme, RULES, meta());

    assertThat(lower.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
        r -> assertThat(r.ruleId()).isEqualTo("GRA-10"));
    assertThat(waived.get().application().decision().orElseThrow().explanation().evaluations())
        .filteredOn(e -> e.ruleId().equals("GRA-10")).extracting(Evaluation::messageKey)
        .containsExactly("grant.gra10.omitted");
    assertThat(answered.isRight()).isTrue();
    assertThat(GrantCaseRules.against(GrantOutcome.GRANTED, Optional.of(Sek.of(40_000)), List.of("Rapport"),
        Optional.of(Sek.of(40_000)))).isTrue();
    assertThat(GrantCaseRules.against(GrantOutcome.GRANTED, Optional.of(Sek.of(40_000)), List.of(),
        Optional.of(Sek.of(40_000)))).isFalse();
  }

  @Test
  void GRA_10_a_new_proposal_is_new_material_and_the_day_to_answer_comes_after_sending() {
    var proposed = proposed(GrantOutcome.REJECTED, 0, "adviser-1");

    var noTime = proposed.communicate(DAY, "e-post", "official", RULES, DAY, meta());

    assertThat(noTime.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
        r -> assertThat(r.messageKey()).isEqualTo("grant.gra10.noTimeToAnswer"));
    assertThat(proposed.communicate(DAY.plusDays(10), "e-post", "official", RULES, DAY, meta()).get().aggregate()
        .communication()).isPresent();
  }

  @Test
  void GRA_11_a_request_for_a_decision_is_recorded_only_after_the_settings_period_and_is_due_four_weeks_later() {
    var submitted = submitted();
    var setting = setting();

    var early = submitted.requestDecision(DAY.plusMonths(6).minusDays(1), "registrator", setting, RULES, meta());
    var requested = submitted.requestDecision(DAY.plusMonths(6), "registrator", setting, RULES, meta()).get()
        .aggregate();
    var refused = requested.refuseDecisionRequest("Yttrande från kommunen väntas", "area-head", DAY.plusMonths(7),
        meta()).get().aggregate();

    assertThat(early.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class, r -> {
      assertThat(r.ruleId()).isEqualTo("GRA-11");
      assertThat(r.args()).containsExactly(DAY, DAY.plusMonths(6));
    });
    var request = requested.requestForDecision().orElseThrow();
    assertThat(request.decideBy()).isEqualTo(DAY.plusMonths(6).plusWeeks(4));
    assertThat(request.overdueOn(request.decideBy())).isFalse();
    assertThat(request.overdueOn(request.decideBy().plusDays(1))).isTrue();
    assertThat(refused.requestForDecision().orElseThrow().overdueOn(DAY.plusYears(1))).isFalse();
  }

  @Test
  void GRA_12_the_decision_records_who_took_part_dissent_appeal_information_and_then_the_notice() {
    var proposed = proposed(GrantOutcome.GRANTED, 40_000, "adviser-1");
    var base = decision("area-head", GrantOutcome.GRANTED, 40_000);
    var withDissent = new GrantDecision(base.outcome(), base.amount(), base.conditions(), base.reasons(),
        base.referral(), base.decidedBy(), base.delegation(), "", base.participants(), DAY, base.explanation(), 1,
        List.of(new Dissent("official", "Projektet borde ha fått mindre")), base.appeal(), Optional.empty(),
        Optional.empty());
    var stranger = new GrantDecision(base.outcome(), base.amount(), base.conditions(), base.reasons(),
        base.referral(), base.decidedBy(), base.delegation(), "", base.participants(), DAY, base.explanation(), 1,
        List.of(new Dissent("someone-else", "Nej")), base.appeal(), Optional.empty(), Optional.empty());
    var noAppeal = new GrantDecision(base.outcome(), base.amount(), base.conditions(), base.reasons(),
        base.referral(), base.decidedBy(), base.delegation(), "", base.participants(), DAY, base.explanation());

    var decided = proposed.decide(withDissent, delegation, scheme, RULES, meta()).get().application();
    var notified = decided.recordNotice(new DecisionNotice(DAY.plusDays(1), NoticeChannel.EMAIL, "official"),
        meta()).get().aggregate();

    var record = notified.decision().orElseThrow();
    assertThat(record.presenter()).isEqualTo("adviser-1");
    assertThat(record.participants()).containsExactly("adviser-1", "official");
    assertThat(record.dissents()).extracting(Dissent::personId).containsExactly("official");
    assertThat(record.appeal()).contains(APPEAL);
    assertThat(record.notice()).contains(new DecisionNotice(DAY.plusDays(1), NoticeChannel.EMAIL, "official"));
    assertThat(proposed.decide(stranger, delegation, scheme, RULES, meta()).getLeft())
        .isInstanceOfSatisfying(Rejection.RuleRefusal.class,
            r -> assertThat(r.messageKey()).isEqualTo("grant.gra12.dissenterTookNoPart"));
    assertThat(proposed.decide(noAppeal, delegation, scheme, RULES, meta()).getLeft())
        .isInstanceOfSatisfying(Rejection.RuleRefusal.class,
            r -> assertThat(r.messageKey()).isEqualTo("grant.gra12.noAppealSetting"));
    assertThat(decided.recordNotice(new DecisionNotice(DAY.minusDays(1), NoticeChannel.LETTER, "official"), meta())
        .getLeft()).isInstanceOf(Rejection.IllegalState.class);
  }

  @Test
  void GRA_14_a_decision_outside_the_delegations_scope_ceiling_or_after_its_revocation_is_refused() {
    var proposed = proposed(GrantOutcome.GRANTED, 40_000, "adviser-1");
    var grant = decision("area-head", GrantOutcome.GRANTED, 40_000);
    var otherYears = Delegation.builder().from(delegation).schemeYears(List.of(2023, 2024)).build();
    var lowCeiling = Delegation.builder().from(delegation).ceiling(Sek.of(25_000)).build();
    var revoked = delegation.revoke(DAY, "Ny delegationsordning", meta()).get().aggregate();

    assertThat(failures(proposed.decide(grant, otherYears, scheme, RULES, meta())))
        .containsExactly("grant.gra14.outOfScope");
    assertThat(failures(proposed.decide(grant, lowCeiling, scheme, RULES, meta())))
        .containsExactly("grant.gra14.aboveCeiling");
    assertThat(failures(proposed.decide(grant, revoked, scheme, RULES, meta())))
        .containsExactly("grant.gra14.revoked");
    assertThat(revoked.revoke(DAY, "Igen", meta()).getLeft()).isInstanceOf(Rejection.IllegalState.class);
    assertThat(proposed.decide(grant, Delegation.builder().from(delegation).schemeYears(List.of(2022))
        .ceiling(Sek.of(50_000)).build(), scheme, RULES, meta()).isRight()).isTrue();
  }

  @Test
  void GRA_15_a_correction_and_a_change_are_new_versions_and_a_change_to_the_detriment_needs_a_ground_in_law() {
    var decided = proposed(GrantOutcome.GRANTED, 40_000, "adviser-1")
        .decide(decision("area-head", GrantOutcome.GRANTED, 40_000), delegation, scheme, RULES, meta()).get();
    var charged = decided.scheme();
    var application = decided.application();

    var corrected = application.reviseDecision(revision(DecisionRevision.Kind.CORRECTION, 35_000, Optional.empty()),
        delegation, charged, RULES, meta()).get();
    var lowered = corrected.application().reviseDecision(revision(DecisionRevision.Kind.CHANGE, 20_000,
        Optional.empty()), delegation, corrected.scheme(), RULES, meta());
    var loweredOnGround = corrected.application().reviseDecision(revision(DecisionRevision.Kind.CHANGE, 20_000,
        Optional.of("Förbehåll i beslutet (förvaltningslagen 37 § 2)")), delegation, corrected.scheme(), RULES,
        meta()).get();

    var second = corrected.application().decision().orElseThrow();
    assertThat(second.number()).isEqualTo(2);
    assertThat(second.revision().orElseThrow().revises()).isEqualTo(1);
    assertThat(corrected.application().earlierDecisions()).singleElement()
        .satisfies(first -> assertThat(first.amount()).contains(Sek.of(40_000)));
    assertThat(corrected.scheme().granted()).isEqualTo(Sek.of(35_000));
    assertThat(lowered.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class, r -> {
      assertThat(r.ruleId()).isEqualTo("GRA-15");
      assertThat(r.messageKey()).isEqualTo("grant.gra15.toDetriment");
    });
    assertThat(loweredOnGround.application().earlierDecisions()).hasSize(2);
    assertThat(loweredOnGround.scheme().granted()).isEqualTo(Sek.of(20_000));
    assertThat(loweredOnGround.events()).singleElement().isInstanceOfSatisfying(
        GrantEvent.GrantDecisionRevised.class, e -> assertThat(e.revises()).isEqualTo(2));
  }

  private static List<String> failures(io.vavr.control.Either<Rejection, GrantApplication.Decided> decided) {
    return ((Rejection.RuleRefusal) decided.getLeft()).explanation().failures().stream()
        .map(Evaluation::messageKey).toList();
  }

  private GrantDecision revision(DecisionRevision.Kind kind, long kronor, Optional<String> ground) {
    var base = decision("area-head", GrantOutcome.GRANTED, kronor);
    return new GrantDecision(base.outcome(), base.amount(), base.conditions(), base.reasons(), base.referral(),
        base.decidedBy(), base.delegation(), "", base.participants(), DAY, base.explanation(), 0, List.of(),
        base.appeal(), Optional.empty(), Optional.of(new DecisionRevision(kind, 0, "Felräknat belopp", ground)));
  }

  private static GrantDecision withDay(GrantDecision d, LocalDate day) {
    return new GrantDecision(d.outcome(), d.amount(), d.conditions(), d.reasons(), d.referral(), d.decidedBy(),
        d.delegation(), d.presenter(), d.participants(), day, d.explanation(), d.number(), d.dissents(), d.appeal(),
        d.notice(), d.revision());
  }

  private static SchemeSetting setting() {
    return SchemeSetting.builder().validFrom(LocalDate.of(2015, 1, 1)).appealRoute(APPEAL.route())
        .appealWithin(APPEAL.within()).appealTextSv(APPEAL.textSv()).appealTextEn(APPEAL.textEn())
        .undecidedAfter(java.time.Period.ofMonths(6)).requestAnsweredWithin(java.time.Period.ofWeeks(4)).version(1)
        .build();
  }

  private GrantApplication submitted() {
    return GrantApplication.draft(id(), 2022, organisation(OrganisationKind.ASSOCIATION), project(40_000))
        .submit(scheme, RULES, DAY, NUMBER, meta()).get().aggregate();
  }

  private GrantApplication assessed() {
    return submitted().startAssessment(group, List.of(), RULES, DAY, meta()).get().aggregate();
  }

  private GrantApplication judgeAll(GrantApplication application, Judged verdict) {
    GrantApplication judged = application;
    for (HandlingGroupMember member : group) {
      judged = declaredNoConflict(judged, member.personId());
    }
    for (Criterion criterion : Criterion.values()) {
      for (HandlingGroupMember member : group) {
        judged = judged.judge(member.personId(), criterion, verdict, "Motivering", RULES, DAY, meta()).get().aggregate();
      }
    }
    return judged;
  }

  private static GrantApplication declaredNoConflict(GrantApplication application, String personId) {
    return application.declare(personId, Optional.empty(), RULES, DAY, meta()).get().aggregate();
  }

  private GrantApplication proposed(GrantOutcome outcome, long kronor, String presenter) {
    return judgeAll(assessed(), Judged.MET).propose(proposal(outcome, kronor, presenter), RULES, DAY, meta()).get()
        .aggregate();
  }

  private static Proposal proposal(GrantOutcome outcome, long kronor, String presenter) {
    return new Proposal(outcome, outcome == GrantOutcome.GRANTED ? Optional.of(Sek.of(kronor)) : Optional.empty(),
        List.of(), "Motivering", Optional.empty(), presenter, DAY);
  }

  private GrantDecision decision(String decider, GrantOutcome outcome, long kronor) {
    return new GrantDecision(outcome, outcome == GrantOutcome.GRANTED ? Optional.of(Sek.of(kronor))
        : Optional.empty(), List.of(), "Motivering", Optional.empty(), decider, delegation.id(), "",
        List.of("adviser-1", "official"), DAY, new Explanation("-", DAY, List.of()), 1, List.of(),
        Optional.of(APPEAL), Optional.empty(), Optional.empty());
  }

  /** GRA-12: the appeal information a decision carries, as a scheme setting gives it. */
  static final AppealInformation APPEAL = new AppealInformation(LocalDate.of(2015, 1, 1), "LAGLIGHETSPROVNING",
      java.time.Period.ofWeeks(3), "Beslutet kan överklagas genom laglighetsprövning.",
      "The decision can be appealed by laglighetsprövning.");

  private static ProjectDescription project(long kronor) {
    return new ProjectDescription("Språkcafé", "Träffar", "Ensamhet", "Bestående mötesplatser",
        List.of(new ProjectDescription.ProjectPartner("Biblioteket", Optional.empty(), "Avsiktsförklaring")),
        Optional.of(Sek.of(kronor)), Optional.of(DAY), Optional.of(DAY.plusMonths(9)),
        Set.of(PriorityArea.SOCIAL_COHESION_AND_DEMOCRACY));
  }

  private static GrantApplicationId id() {
    return new GrantApplicationId(UUID.randomUUID());
  }

  private static OrganisationNumber number(int n) {
    return OrganisationNumber.withCheckDigit(String.format("842%06d", n));
  }
}
