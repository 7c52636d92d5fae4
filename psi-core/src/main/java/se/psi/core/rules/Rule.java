package se.psi.core.rules;

/**
 * A rule of DOMAIN.md, evaluated against facts under the ruleset in force on the decision date.
 *
 * @param <F> the facts the rule looks at
 */
public interface Rule<F> {

  /** The stable DOMAIN.md id, e.g. {@code MEM-4}. */
  String id();

  Evaluation evaluate(F facts, RuleSet ruleSet);

  /** A rule from its id and a function, for rules that fit in a line or two. */
  static <F> Rule<F> of(String id, java.util.function.BiFunction<F, RuleSet, Evaluation> evaluation) {
    return new Rule<>() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Evaluation evaluate(F facts, RuleSet ruleSet) {
        return evaluation.apply(facts, ruleSet);
      }

      @Override
      public String toString() {
        return id;
      }
    };
  }
}
