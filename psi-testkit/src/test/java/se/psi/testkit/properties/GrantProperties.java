package se.psi.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import se.psi.core.grant.domain.Delegation;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantRules;
import se.psi.core.grant.domain.GrantScheme;
import se.psi.core.grant.domain.GrantStatus;
import se.psi.core.grant.domain.GrantValues;
import se.psi.core.grant.domain.ProjectDescription;
import se.psi.core.rules.Explanation;
import se.psi.core.rules.RuleSet;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Sek;
import se.psi.testkit.fixtures.Fixtures;
import se.psi.testkit.fixtures.GrantFixtures;
import se.psi.testkit.gen.GrantGenerators;

/** GRA-3, GRA-5, GRA-7, GRA-BUDGET and the status machine, over any sequence of commands on a grant case. */
class GrantProperties {

  private static final RuleSet RULES = Fixtures.rules2022();
  private static final LocalDate DAY = Fixtures.A_DAY_IN_2022;
  private static final List<String> MEMBERS = List.of("adviser-1", "adviser-2", "official");
  private static final List<String> DECIDERS = List.of("area-head", "adviser-1", "stranger");
  private static final Delegation DELEGATION = GrantFixtures.theAreaHeadsDelegation("area-head");

  /** One command: which (0-8) and two arguments that pick a member, criterion, verdict, outcome or amount. */
  record Step(int command, int a, int b) {}

  /** Commands weighted towards the path to a decision: withdrawal and jäv stay rare enough to reach one. */
  private static final int[] WEIGHTED = {0, 0, 1, 1, 2, 2, 2, 2, 3, 4, 5, 5, 5, 6, 6, 6, 7, 8};

  private static Gen<List<Step>> steps() {
    Gen<Step> step = SourceDSL.integers().between(0, WEIGHTED.length - 1).zip(SourceDSL.integers().between(0, 3),
        SourceDSL.integers().between(0, 3), (c, a, b) -> new Step(WEIGHTED[c], a, b));
    return SourceDSL.lists().of(step).ofSizeBetween(0, 40);
  }

  /** The case as it went, every accepted version, and the scheme as charged. */
  record Run(List<GrantApplication> versions, GrantScheme scheme) {
    GrantApplication last() {
      return versions.get(versions.size() - 1);
    }
  }

  private static Run run(List<Step> steps, long appropriation) {
    GrantScheme scheme = GrantScheme.builder().from(GrantFixtures.aScheme2022()).appropriation(Sek.of(appropriation))
        .maximumAmount(Sek.of(Math.min(100_000, appropriation))).minimumAmount(Sek.of(0)).build();
    List<GrantApplication> versions = new ArrayList<>();
    versions.add(GrantFixtures.aDraft(GrantFixtures.anAssociationApplying(), GrantFixtures.aDescribedProject(40_000)));
    for (Step s : steps) {
      GrantApplication a = versions.get(versions.size() - 1);
      GrantScheme current = scheme;
      String member = MEMBERS.get(s.a() % MEMBERS.size());
      if (s.command() == 2 || s.command() == 5) {
        // GRA-7: the member declares that there is no jäv before judging or drafting, where they still can.
        GrantApplication declared = declared(a, member);
        if (declared != a) {
          versions.add(declared);
          a = declared;
        }
      }
      var meta = Fixtures.eventMeta();
      var next = switch (s.command()) {
        case 0 -> a.submit(scheme, RULES, DAY, meta).map(GrantApplication.Changed::application);
        case 1 -> a.startAssessment(group(), List.of(), RULES, DAY, meta).map(GrantApplication.Changed::application);
        case 2 -> s.b() == 3 ? judgeAllMet(a, member)
            : a.judge(member, GrantValues.Criterion.values()[s.b()], GrantValues.Judged.NOT_MET, "Motivering", RULES,
                DAY);
        case 3 -> a.requestCompletion(member, "Komplettera", RULES, DAY, meta)
            .map(GrantApplication.Changed::application);
        case 4 -> a.revise(GrantFixtures.aDescribedProject(40_000), meta)
            .flatMap(r -> r.application().resubmit(current, RULES, DAY, meta))
            .map(GrantApplication.Changed::application);
        case 5 -> a.propose(proposal(member, s.b()), RULES, DAY, meta)
            .map(GrantApplication.Changed::application);
        case 6 -> a.decide(decision(DECIDERS.get(s.a() % DECIDERS.size()), a, s.b()), DELEGATION, scheme, RULES, meta)
            .map(decided -> decided);
        case 7 -> a.withdraw(meta).map(GrantApplication.Changed::application);
        default -> a.declareConflict(member, "Jäv", DAY, meta).map(GrantApplication.Changed::application);
      };
      if (next.isRight()) {
        Object value = next.get();
        if (value instanceof GrantApplication.Decided decided) {
          scheme = decided.scheme();
          versions.add(decided.application());
        } else {
          versions.add((GrantApplication) value);
        }
      }
    }
    return new Run(versions, scheme);
  }

  /** The application with the member's declaration that there is no jäv, unless they cannot make it (or have). */
  private static GrantApplication declared(GrantApplication a, String member) {
    return a.hasDeclaredNoConflict(member) ? a
        : a.declare(member, Optional.empty(), RULES, DAY, Fixtures.eventMeta()).map(GrantApplication.Changed::application)
            .getOrElse(a);
  }

  /** A member judges every criterion met, in one step, so that generated cases reach proposals and decisions. */
  private static io.vavr.control.Either<se.psi.core.usecase.Rejection, GrantApplication> judgeAllMet(
      GrantApplication a, String member) {
    io.vavr.control.Either<se.psi.core.usecase.Rejection, GrantApplication> judged = io.vavr.control.Either.right(a);
    for (GrantValues.Criterion criterion : GrantValues.Criterion.values()) {
      judged = judged.flatMap(j -> j.judge(member, criterion, GrantValues.Judged.MET, "Motivering", RULES, DAY));
    }
    return judged;
  }

  /** Runs enough generated cases that a property is not satisfied only because no case reached a decision. */
  @Test
  void generated_sequences_reach_decisions_and_disqualifications() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    int decided = 0;
    int disqualified = 0;
    for (int i = 0; i < 2000; i++) {
      List<Step> steps = new ArrayList<>();
      for (int n = random.nextInt(41); n > 0; n--) {
        steps.add(new Step(WEIGHTED[random.nextInt(WEIGHTED.length)], random.nextInt(4), random.nextInt(4)));
      }
      GrantApplication last = run(steps, 500_000).last();
      decided += last.decision().isPresent() ? 1 : 0;
      disqualified += last.conflicts().isEmpty() ? 0 : 1;
    }
    assertThat(decided).isGreaterThan(20);
    assertThat(disqualified).isGreaterThan(200);
  }

  @Test
  void no_sequence_of_commands_reaches_a_state_the_state_machine_forbids() {
    qt().forAll(steps()).checkAssert(steps -> {
      List<GrantApplication> versions = run(steps, 500_000).versions();
      for (int i = 1; i < versions.size(); i++) {
        GrantStatus from = versions.get(i - 1).status();
        GrantStatus to = versions.get(i).status();
        assertThat(from == to || from.canMoveTo(to)).as("%s -> %s", from, to).isTrue();
      }
    });
  }

  @Test
  void GRA_BUDGET_the_granted_total_never_exceeds_the_appropriation_after_any_sequence() {
    qt().forAll(SourceDSL.lists().of(steps()).ofSizeBetween(1, 6), SourceDSL.longs().between(0, 150_000))
        .checkAssert((cases, appropriation) -> {
          GrantScheme scheme = null;
          long granted = 0;
          for (List<Step> steps : cases) {
            Run run = run(steps, appropriation);
            granted += run.last().decision().flatMap(GrantValues.GrantDecision::amount).map(Sek::kronor).orElse(0L);
            scheme = run.scheme();
            assertThat(scheme.granted().kronor()).isLessThanOrEqualTo(appropriation);
          }
          assertThat(scheme).isNotNull();
        });
  }

  @Test
  void GRA_7_a_disqualified_member_never_appears_among_those_who_judged_drafted_or_decided() {
    qt().forAll(steps()).checkAssert(steps -> {
      GrantApplication last = run(steps, 500_000).last();
      Set<String> disqualified = last.conflicts().stream().map(GrantValues.ConflictOfInterest::personId)
          .collect(Collectors.toSet());
      assertThat(last.judgements()).noneMatch(j -> disqualified.contains(j.personId()));
      last.proposal().ifPresent(p -> assertThat(disqualified).doesNotContain(p.presenter()));
      last.decision().ifPresent(d -> {
        assertThat(disqualified).doesNotContain(d.decidedBy());
        assertThat(d.participants()).noneMatch(disqualified::contains);
      });
    });
  }

  @Test
  void GRA_7_no_one_judges_or_drafts_a_proposal_without_a_declaration_that_there_is_no_jav() {
    qt().forAll(steps()).checkAssert(steps -> {
      List<GrantApplication> versions = run(steps, 500_000).versions();
      for (int i = 1; i < versions.size(); i++) {
        GrantApplication before = versions.get(i - 1);
        GrantApplication after = versions.get(i);
        after.judgements().stream().filter(j -> !before.judgements().contains(j))
            .forEach(j -> assertThat(before.hasDeclaredNoConflict(j.personId())).as(j.personId()).isTrue());
        after.proposal().filter(p -> !before.proposal().equals(Optional.of(p)))
            .ifPresent(p -> assertThat(before.hasDeclaredNoConflict(p.presenter())).isTrue());
      }
    });
  }

  @Test
  void GRA_5_a_decision_always_names_a_delegation_valid_for_its_decider_on_its_date() {
    qt().forAll(steps()).checkAssert(steps -> run(steps, 500_000).last().decision().ifPresent(d -> {
      assertThat(d.delegation()).isEqualTo(DELEGATION.id());
      assertThat(DELEGATION.allows(d.decidedBy(), Delegation.GRANT_DECISIONS, d.decidedOn())).isTrue();
      assertThat(d.presenter()).isNotEqualTo(d.decidedBy());
    }));
  }

  /**
   * GRA-2: adding a missing part never adds failures, and any failure it brings concerns the part just added (a
   * missing amount, once given, may turn out to be outside the scheme's limits, GRA-1).
   */
  @Test
  void GRA_2_adding_missing_information_never_makes_formal_eligibility_worse() {
    List<String> fields = List.of("project.title", "project.description", "project.challenge",
        "project.expectedEffects", "project.requested", "project.period", "project.period", "project.priorityAreas");
    qt().forAll(GrantGenerators.partialProjects(), SourceDSL.integers().between(0, 7)).checkAssert((partial, add) -> {
      Set<String> failedBefore = failures(partial.project());
      Set<String> failedAfter = failures(partial.with(add).project());

      assertThat(failedAfter.size()).isLessThanOrEqualTo(failedBefore.size());
      assertThat(failedAfter).filteredOn(failure -> !failedBefore.contains(failure))
          .allSatisfy(failure -> assertThat(failure).endsWith(":" + fields.get(add)));
    });
  }

  private static Set<String> failures(ProjectDescription project) {
    Explanation formal = GrantRules.formalEligibility(GrantFixtures.anAssociationApplying(), project,
        GrantFixtures.aScheme2022(), RULES, DAY);
    return formal.failures().stream().map(e -> e.ruleId() + ":" + e.field()).collect(Collectors.toSet());
  }

  private static List<GrantValues.HandlingGroupMember> group() {
    return List.of(
        new GrantValues.HandlingGroupMember("adviser-1", GrantValues.MemberRole.ADVISER, number(1)),
        new GrantValues.HandlingGroupMember("adviser-2", GrantValues.MemberRole.ADVISER, number(2)),
        new GrantValues.HandlingGroupMember("official", GrantValues.MemberRole.REGION_OFFICIAL, number(3)));
  }

  private static GrantValues.Proposal proposal(String presenter, int pick) {
    GrantValues.GrantOutcome outcome = GrantValues.GrantOutcome.values()[pick % 2];
    return new GrantValues.Proposal(outcome, outcome == GrantValues.GrantOutcome.GRANTED
        ? Optional.of(Sek.of(10_000L * (pick + 1))) : Optional.empty(), List.of(), "Motivering", Optional.empty(),
        presenter, DAY);
  }

  private static GrantValues.GrantDecision decision(String decider, GrantApplication a, int pick) {
    var outcome = a.proposal().map(GrantValues.Proposal::outcome).orElse(GrantValues.GrantOutcome.REJECTED);
    return new GrantValues.GrantDecision(outcome, outcome == GrantValues.GrantOutcome.GRANTED
        ? Optional.of(Sek.of(10_000L * (pick + 1))) : Optional.empty(), List.of(), "Motivering", Optional.empty(),
        decider, DELEGATION.id(), "", pick % 2 == 0 ? List.of(MEMBERS.get(pick % 3)) : List.of(), DAY,
        new Explanation("-", DAY, List.of()));
  }

  private static OrganisationNumber number(int n) {
    return OrganisationNumber.withCheckDigit(String.format("852%06d", n));
  }

}
