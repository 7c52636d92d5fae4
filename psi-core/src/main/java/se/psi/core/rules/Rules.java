package se.psi.core.rules;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How aggregates and services ask their rules: for the explanation of a decision, or for the refusal of a change
 * the rules do not allow. Nothing outside this package assembles an {@link Explanation} by hand.
 */
public final class Rules {

  /** The version an explanation records when no ruleset is in force on the decision date (RULESET-2). */
  public static final String NO_RULESET = "-";

  private Rules() {}

  /** Evaluates {@code rules} in order against {@code facts} under {@code ruleSet}, the one in force {@code on}. */
  public static <F> Explanation explain(List<? extends Rule<? super F>> rules, F facts, RuleSet ruleSet,
      LocalDate on) {
    return Explanation.of(rules, facts, ruleSet, on);
  }

  /**
   * Evaluates rules that do not read the ruleset where the caller holds only its version, or none is in force
   * ({@link #NO_RULESET}): the rules are handed no ruleset.
   */
  public static <F> Explanation explainUnder(String rulesetVersion, List<? extends Rule<? super F>> rules, F facts,
      LocalDate on) {
    List<Evaluation> evaluations = new ArrayList<>(rules.size());
    for (Rule<? super F> rule : rules) {
      evaluations.addAll(rule.evaluate(facts, null));
    }
    return new Explanation(rulesetVersion, on, evaluations);
  }

  /** The refusal of the first rule not met, under its id and with its reason, carrying the whole explanation. */
  public static Optional<Rejection> refusal(Explanation explanation) {
    return explanation.failures().stream().findFirst().map(failed -> new Rejection.RuleRefusal(failed.ruleId(),
        failed.messageKey(), failed.args(), explanation));
  }

  /**
   * The refusal of the first failure among the {@code decisive} rules, where the others only inform the
   * explanation (AU-2 on a seat change that moves the committee towards its majority, say).
   */
  public static Optional<Rejection> refusal(Explanation explanation, List<? extends Rule<?>> decisive) {
    return explanation.failures().stream()
        .filter(failed -> decisive.stream().anyMatch(rule -> rule.id().equals(failed.ruleId())))
        .findFirst()
        .map(failed -> new Rejection.RuleRefusal(failed.ruleId(), failed.messageKey(), failed.args(), explanation));
  }

  /** {@code facts} when every rule is met under {@code ruleSet}; otherwise the first failure's refusal. */
  public static <F> Either<Rejection, F> require(List<? extends Rule<? super F>> rules, F facts, RuleSet ruleSet,
      LocalDate on) {
    return orRefusal(explain(rules, facts, ruleSet, on), facts);
  }

  /** {@code facts} when the rule is met under {@code ruleSet}; otherwise its refusal, explained by it alone. */
  public static <F> Either<Rejection, F> require(Rule<? super F> rule, F facts, RuleSet ruleSet, LocalDate on) {
    return require(List.of(rule), facts, ruleSet, on);
  }

  /** As {@link #require(List, Object, RuleSet, LocalDate)}, for rules that do not read the ruleset. */
  public static <F> Either<Rejection, F> requireUnder(String rulesetVersion, List<? extends Rule<? super F>> rules,
      F facts, LocalDate on) {
    return orRefusal(explainUnder(rulesetVersion, rules, facts, on), facts);
  }

  /** As {@link #require(Rule, Object, RuleSet, LocalDate)}, for a rule that does not read the ruleset. */
  public static <F> Either<Rejection, F> requireUnder(String rulesetVersion, Rule<? super F> rule, F facts,
      LocalDate on) {
    return requireUnder(rulesetVersion, List.of(rule), facts, on);
  }

  /** The placeholder explanation of a decision not yet taken, filled in when it is. */
  public static Explanation pending(LocalDate on) {
    return new Explanation(NO_RULESET, on, List.of());
  }

  /**
   * {@code explanation} followed by the verdicts of rules evaluated after it that do not read the ruleset
   * (GRA-BUDGET when the decided amount is charged to the scheme).
   */
  public static <F> Explanation explainFurther(Explanation explanation, List<? extends Rule<? super F>> rules,
      F facts) {
    return explanation.and(explainUnder(explanation.rulesetVersion(), rules, facts, explanation.decisionDate())
        .evaluations());
  }

  private static <F> Either<Rejection, F> orRefusal(Explanation explanation, F facts) {
    Optional<Rejection> refused = refusal(explanation);
    return refused.isPresent() ? Either.left(refused.get()) : Either.right(facts);
  }
}
