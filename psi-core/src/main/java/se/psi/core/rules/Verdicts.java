package se.psi.core.rules;

import java.util.List;
import java.util.Objects;

/**
 * The evaluations one rule can give, bound to the rule's id so that the id is written once, where the rule is
 * declared ({@link Rule#of}). {@code is.met(key, args)} reads as the rule's verdict.
 */
public final class Verdicts {

  private final String ruleId;

  public Verdicts(String ruleId) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
  }

  public String ruleId() {
    return ruleId;
  }

  /** The rule is satisfied, for the reason {@code messageKey} says. */
  public Evaluation met(String messageKey, Object... args) {
    return new Evaluation(ruleId, Verdict.MET, messageKey, List.of(args), "");
  }

  /** The rule is not satisfied; {@code field} is the input the reason is about, empty for the whole case. */
  public Evaluation notMet(String field, String messageKey, Object... args) {
    return new Evaluation(ruleId, Verdict.NOT_MET, messageKey, List.of(args), field);
  }

  /** The rule does not concern these facts. */
  public Evaluation notApplicable(String messageKey, Object... args) {
    return new Evaluation(ruleId, Verdict.NOT_APPLICABLE, messageKey, List.of(args), "");
  }

  /** Only people can judge this; the library records their judgement and never guesses it. */
  public Evaluation needsJudgement(String messageKey, Object... args) {
    return new Evaluation(ruleId, Verdict.NEEDS_JUDGEMENT, messageKey, List.of(args), "");
  }
}
