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
import se.psi.core.shared.Changed;
import se.psi.core.grant.domain.GrantScheme;
import se.psi.core.grant.domain.GrantStatus;
import se.psi.core.grant.domain.ConflictOfInterest;
import se.psi.core.grant.domain.Criterion;
import se.psi.core.grant.domain.GrantDecision;
import se.psi.core.grant.domain.GrantOutcome;
import se.psi.core.grant.domain.HandlingGroupMember;
import se.psi.core.grant.domain.Judged;
import se.psi.core.grant.domain.MemberRole;
import se.psi.core.grant.domain.Proposal;
import se.psi.core.grant.domain.ProjectDescription;
import se.psi.core.rules.Explanation;
import se.psi.core.rules.OrebroRuleSets;
import se.psi.core.rules.RuleSet;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Sek;
import se.psi.testkit.fixtures.Fixtures;
import se.psi.testkit.fixtures.GrantFixtures;
import se.psi.testkit.gen.DateGenerators;
import se.psi.testkit.gen.GrantGenerators;

/**
 * GRA-3, GRA-5, GRA-7, GRA-BUDGET and the status machine, over any sequence of commands on a grant case, handled on
 * any day from the partnership's start to years ahead under the ruleset in force then.
 */
class GrantProperties {

  private static final List<String> MEMBERS = List.of("adviser-1", "adviser-2", "official");
  private static final List<String> DECIDERS = List.of("area-head", "adviser-1", "stranger");

  /**
   * The day a case is handled on, the ruleset in force then, the scheme of its year and the area head's delegation
   * since the start of that year.
   */
  record Day(LocalDate date, RuleSet rules, Delegation delegation) {
    static Day of(LocalDate date) {
      return new Day(date, OrebroRuleSets.registry().inForceOn(date).get(),
          GrantFixtures.theAreaHeadsDelegation("area-head", LocalDate.of(date.getYear(), 1, 1)));
    }

    int year() {
      return date.getYear();
    }
  }

  /** One command: which (0-8) and two arguments that pick a member, criterion, verdict, outcome or amount. */
  record Step(int command, int a, int b) {}

  /** Commands weighted towards the path to a decision: withdrawal and jäv stay rare enough to reach one. */
  private static final int[] WEIGHTED = {0, 0, 1, 1, 2, 2, 2, 2, 3, 4, 5, 5, 5, 6, 6, 6, 7, 8};

  private static Gen<List<Step>> steps() {
    Gen<Step> step = SourceDSL.integers().between(0, WEIGHTED.length - 1).zip(SourceDSL.integers().between(0, 3),
        SourceDSL.integers().between(0, 3), (c, a, b) -> new Step(WEIGHTED[c], a, b));
    return SourceDSL.lists().of(step).ofSizeBetween(0, 40);
  }

  /** The case as it went on its day, every accepted version, and the scheme as charged. */
  record Run(Day day, List<GrantApplication> versions, GrantScheme scheme) {
    GrantApplication last() {
      return versions.get(versions.size() - 1);
    }
  }

  private static Run run(List<Step> steps, long appropriation, Day day) {
    RuleSet rules = day.rules();
    LocalDate on = day.date();
    GrantScheme scheme = GrantScheme.builder().from(GrantFixtures.aScheme(day.year()))
        .appropriation(Sek.of(appropriation)).maximumAmount(Sek.of(Math.min(100_000, appropriation)))
        .minimumAmount(Sek.of(0)).build();
    List<GrantApplication> versions = new ArrayList<>();
    versions.add(GrantFixtures.aDraft(GrantFixtures.anAssociationApplying(),
        GrantFixtures.aDescribedProject(40_000, day.year()), day.year()));
    for (Step s : steps) {
      GrantApplication a = versions.get(versions.size() - 1);
      GrantScheme current = scheme;
      String member = MEMBERS.get(s.a() % MEMBERS.size());
      if (s.command() == 2 || s.command() == 5) {
        // GRA-7: the member declares that there is no jäv before judging or drafting, where they still can.
        GrantApplication declared = declared(a, member, day);
        if (declared != a) {
          versions.add(declared);
          a = declared;
        }
      }
      var meta = Fixtures.eventMeta();
      if (s.command() == 6 && a.communication().isEmpty()) {
        // GRA-10: the proposal is sent to the applicant, who answers, before a decision that may go against them.
        var answered = a.communicate(on.plusDays(14), "e-post", "official", rules, on, meta)
            .flatMap(sent -> sent.aggregate().recordCommunicationAnswer(true, "Svar", "official", rules, on, meta));
        if (answered.isRight()) {
          a = answered.get().aggregate();
          versions.add(a);
        }
      }
      var next = switch (s.command()) {
        case 0 -> a.submit(scheme, rules, on, () -> GrantFixtures.aCaseNumber(on), meta).map(Changed::aggregate);
        case 1 -> a.startAssessment(group(), List.of(), rules, on, meta).map(Changed::aggregate);
        case 2 -> s.b() == 3 ? judgeAllMet(a, member, day)
            : a.judge(member, Criterion.values()[s.b()], Judged.NOT_MET, "Motivering", rules,
                on, meta).map(Changed::aggregate);
        case 3 -> a.requestCompletion(member, "Komplettera", rules, on, meta)
            .map(Changed::aggregate);
        case 4 -> a.revise(GrantFixtures.aDescribedProject(40_000, day.year()), meta)
            .flatMap(r -> r.aggregate().resubmit(current, rules, on, meta))
            .map(Changed::aggregate);
        case 5 -> a.propose(proposal(member, s.b(), on), rules, on, meta).map(Changed::aggregate);
        case 6 -> a.decide(decision(DECIDERS.get(s.a() % DECIDERS.size()), a, s.b(), day), day.delegation(), scheme,
            rules, meta).map(decided -> decided);
        case 7 -> a.withdraw(meta).map(Changed::aggregate);
        default -> a.declareConflict(member, "Jäv", on, meta).map(Changed::aggregate);
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
    return new Run(day, versions, scheme);
  }

  /** The application with the member's declaration that there is no jäv, unless they cannot make it (or have). */
  private static GrantApplication declared(GrantApplication a, String member, Day day) {
    return a.hasDeclaredNoConflict(member) ? a
        : a.declare(member, Optional.empty(), day.rules(), day.date(), Fixtures.eventMeta())
            .map(Changed::aggregate).getOrElse(a);
  }

  /** A member judges every criterion met, in one step, so that generated cases reach proposals and decisions. */
  private static io.vavr.control.Either<se.psi.core.rules.Rejection, GrantApplication> judgeAllMet(
      GrantApplication a, String member, Day day) {
    io.vavr.control.Either<se.psi.core.rules.Rejection, GrantApplication> judged = io.vavr.control.Either.right(a);
    for (Criterion criterion : Criterion.values()) {
      judged = judged.flatMap(j -> j.judge(member, criterion, Judged.MET, "Motivering", day.rules(),
          day.date(), Fixtures.eventMeta()).map(Changed::aggregate));
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
      GrantApplication last = run(steps, 500_000, Day.of(DateGenerators.anyDay(random))).last();
      decided += last.decision().isPresent() ? 1 : 0;
      disqualified += last.conflicts().isEmpty() ? 0 : 1;
    }
    assertThat(decided).isGreaterThan(20);
    assertThat(disqualified).isGreaterThan(200);
  }

  @Test
  void no_sequence_of_commands_reaches_a_state_the_state_machine_forbids() {
    qt().forAll(steps(), DateGenerators.anyDay()).checkAssert((steps, day) -> {
      List<GrantApplication> versions = run(steps, 500_000, Day.of(day)).versions();
      for (int i = 1; i < versions.size(); i++) {
        GrantStatus from = versions.get(i - 1).status();
        GrantStatus to = versions.get(i).status();
        assertThat(from == to || from.canMoveTo(to)).as("%s -> %s", from, to).isTrue();
      }
    });
  }

  @Test
  void GRA_BUDGET_the_granted_total_never_exceeds_the_appropriation_after_any_sequence() {
    qt().forAll(SourceDSL.lists().of(steps()).ofSizeBetween(1, 6), SourceDSL.longs().between(0, 150_000),
        DateGenerators.anyDay()).checkAssert((cases, appropriation, day) -> {
          GrantScheme scheme = null;
          long granted = 0;
          for (List<Step> steps : cases) {
            Run run = run(steps, appropriation, Day.of(day));
            granted += run.last().decision().flatMap(GrantDecision::amount).map(Sek::kronor).orElse(0L);
            scheme = run.scheme();
            assertThat(scheme.granted().kronor()).isLessThanOrEqualTo(appropriation);
          }
          assertThat(scheme).isNotNull();
        });
  }

  @Test
  void GRA_7_a_disqualified_member_never_appears_among_those_who_judged_drafted_or_decided() {
    qt().forAll(steps(), DateGenerators.anyDay()).checkAssert((steps, day) -> {
      GrantApplication last = run(steps, 500_000, Day.of(day)).last();
      Set<String> disqualified = last.conflicts().stream().map(ConflictOfInterest::personId)
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
    qt().forAll(steps(), DateGenerators.anyDay()).checkAssert((steps, day) -> {
      List<GrantApplication> versions = run(steps, 500_000, Day.of(day)).versions();
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
    qt().forAll(steps(), DateGenerators.anyDay()).checkAssert((steps, day) -> {
      Run run = run(steps, 500_000, Day.of(day));
      Delegation delegation = run.day().delegation();
      run.last().decision().ifPresent(d -> {
        assertThat(d.delegation()).isEqualTo(delegation.id());
        assertThat(delegation.allows(d.decidedBy(), Delegation.GRANT_DECISIONS, d.decidedOn())).isTrue();
        assertThat(d.decidedOn()).isEqualTo(day);
        assertThat(d.presenter()).isNotEqualTo(d.decidedBy());
      });
    });
  }

  /**
   * GRA-2: adding a missing part never adds failures, and any failure it brings concerns the part just added (a
   * missing amount, once given, may turn out to be outside the scheme's limits, GRA-1).
   */
  @Test
  void GRA_2_adding_missing_information_never_makes_formal_eligibility_worse() {
    List<String> fields = List.of("project.title", "project.description", "project.challenge",
        "project.expectedEffects", "project.requested", "project.period", "project.period", "project.priorityAreas");
    qt().forAll(GrantGenerators.partialProjects(), SourceDSL.integers().between(0, 7), DateGenerators.anyDay())
        .checkAssert((partial, add, day) -> {
          Set<String> failedBefore = failures(partial.project(), Day.of(day));
          Set<String> failedAfter = failures(partial.with(add).project(), Day.of(day));

          assertThat(failedAfter.size()).isLessThanOrEqualTo(failedBefore.size());
          assertThat(failedAfter).filteredOn(failure -> !failedBefore.contains(failure))
              .allSatisfy(failure -> assertThat(failure).endsWith(":" + fields.get(add)));
        });
  }

  private static Set<String> failures(ProjectDescription project, Day day) {
    Explanation formal = GrantRules.formalEligibility(GrantFixtures.anAssociationApplying(), project,
        GrantFixtures.aScheme(day.year()), day.rules(), day.date());
    return formal.failures().stream().map(e -> e.ruleId() + ":" + e.field()).collect(Collectors.toSet());
  }

  private static List<HandlingGroupMember> group() {
    return List.of(
        new HandlingGroupMember("adviser-1", MemberRole.ADVISER, number(1)),
        new HandlingGroupMember("adviser-2", MemberRole.ADVISER, number(2)),
        new HandlingGroupMember("official", MemberRole.REGION_OFFICIAL, number(3)));
  }

  private static Proposal proposal(String presenter, int pick, LocalDate on) {
    GrantOutcome outcome = GrantOutcome.values()[pick % 2];
    return new Proposal(outcome, outcome == GrantOutcome.GRANTED
        ? Optional.of(Sek.of(10_000L * (pick + 1))) : Optional.empty(), List.of(), "Motivering", Optional.empty(),
        presenter, on);
  }

  private static GrantDecision decision(String decider, GrantApplication a, int pick, Day day) {
    var outcome = a.proposal().map(Proposal::outcome).orElse(GrantOutcome.REJECTED);
    return new GrantDecision(outcome, outcome == GrantOutcome.GRANTED
        ? Optional.of(Sek.of(10_000L * (pick + 1))) : Optional.empty(), List.of(), "Motivering", Optional.empty(),
        decider, day.delegation().id(), "", pick % 2 == 0 ? List.of(MEMBERS.get(pick % 3)) : List.of(), day.date(),
        new Explanation("-", day.date(), List.of()), 1, List.of(), Optional.of(GrantFixtures.theDefaultAppeal()),
        Optional.empty(), Optional.empty());
  }

  private static OrganisationNumber number(int n) {
    return OrganisationNumber.withCheckDigit(String.format("852%06d", n));
  }

}
