package se.psi.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a rule carries its id once, and how a decision asks its list of rules. */
class RulesTest {

  private static final LocalDate DAY = LocalDate.of(2022, 3, 1);
  private static final RuleSet RULES = OrebroRuleSets.registry().inForceOn(DAY).get();

  /** A rule over a count: met from 2 up, with the count as the reason's argument. */
  private static final Rule<Integer> ENOUGH = Rule.of("MTG-1", (count, ruleSet, is) ->
      count >= 2 ? is.met("meeting.target.met", count) : is.notMet("count", "meeting.target.notYet", count));

  /** A rule that informs but does not refuse. */
  private static final Rule<Integer> ODD = Rule.of("MTG-2", (count, ruleSet, is) ->
      count % 2 == 1 ? is.met("meeting.target.met", count) : is.notMet("", "meeting.target.notYet", count));

  /** A rule with one verdict per item. */
  private static final Rule<List<Integer>> EACH = Rule.each("MTG-4", (counts, ruleSet, is) ->
      counts.stream().map(count -> count > 0 ? is.met("meeting.target.met", count)
          : is.notApplicable("meeting.target.none", count)).toList());

  @Test
  void a_rule_gives_its_id_to_every_verdict_it_builds() {
    assertThat(ENOUGH.id()).isEqualTo("MTG-1");
    assertThat(ENOUGH.evaluate(1, RULES)).singleElement().satisfies(evaluation -> {
      assertThat(evaluation.ruleId()).isEqualTo("MTG-1");
      assertThat(evaluation.verdict()).isEqualTo(Verdict.NOT_MET);
      assertThat(evaluation.field()).isEqualTo("count");
      assertThat(evaluation.args()).containsExactly(1);
    });
    assertThat(EACH.evaluate(List.of(3, 0, 1), RULES)).extracting(Evaluation::ruleId, Evaluation::verdict)
        .containsExactly(tuple("MTG-4", Verdict.MET),
            tuple("MTG-4", Verdict.NOT_APPLICABLE),
            tuple("MTG-4", Verdict.MET));
  }

  @Test
  void an_explanation_lists_every_verdict_of_the_rules_in_order_under_the_ruleset() {
    Explanation explanation = Rules.explain(List.of(ODD, ENOUGH), 2, RULES, DAY);

    assertThat(explanation.rulesetVersion()).isEqualTo(RULES.version());
    assertThat(explanation.decisionDate()).isEqualTo(DAY);
    assertThat(explanation.evaluations()).extracting(Evaluation::ruleId).containsExactly("MTG-2", "MTG-1");
    assertThat(explanation.failedRuleIds()).containsExactly("MTG-2");
  }

  @Test
  void a_refusal_names_the_first_failure_and_carries_the_whole_explanation() {
    Either<Rejection, Integer> refused = Rules.require(List.of(ODD, ENOUGH), 0, RULES, DAY);

    assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class, refusal -> {
      assertThat(refusal.ruleId()).isEqualTo("MTG-2");
      assertThat(refusal.messageKey()).isEqualTo("meeting.target.notYet");
      assertThat(refusal.args()).containsExactly(0);
      assertThat(refusal.explanation().evaluations()).hasSize(2);
    });
    assertThat(Rules.require(ENOUGH, 2, RULES, DAY).get()).isEqualTo(2);
  }

  @Test
  void only_the_decisive_rules_refuse() {
    Explanation explanation = Rules.explain(List.of(ODD, ENOUGH), 2, RULES, DAY);

    assertThat(Rules.refusal(explanation)).isPresent();
    assertThat(Rules.refusal(explanation, List.of(ENOUGH))).isEmpty();
  }

  @Test
  void a_rule_read_from_larger_facts_keeps_its_id() {
    Rule<String> fromText = ENOUGH.from(String::length);

    assertThat(fromText.id()).isEqualTo("MTG-1");
    assertThat(fromText.evaluate("ab", RULES)).extracting(Evaluation::verdict).containsExactly(Verdict.MET);
  }

  @Test
  void rules_that_read_no_ruleset_are_explained_under_the_version_the_caller_holds() {
    Explanation explanation = Rules.explainUnder(Rules.NO_RULESET, List.of(ENOUGH), 1, DAY);

    assertThat(explanation.rulesetVersion()).isEqualTo("-");
    assertThat(Rules.explainFurther(explanation, List.of(ODD), 1).evaluations()).extracting(Evaluation::ruleId)
        .containsExactly("MTG-1", "MTG-2");
  }
}
