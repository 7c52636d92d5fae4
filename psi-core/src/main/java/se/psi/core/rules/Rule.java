package se.psi.core.rules;

import java.util.List;

/**
 * A rule of DOMAIN.md, evaluated against facts under the ruleset in force on the decision date. A rule carries its
 * id once: its body is handed {@link Verdicts} bound to that id, and says only which verdict the facts earn and why.
 *
 * <pre>{@code
 * Rule<MembershipFacts> MEM_5 = Rule.of("MEM-5", (facts, ruleSet, is) ->
 *     facts.application().contactPerson().isPresent()
 *         ? is.met("membership.mem5.met")
 *         : is.notMet("contactPerson", "membership.mem5.missing"));
 * }</pre>
 *
 * @param <F> the facts the rule looks at
 */
public interface Rule<F> {

  /** The stable DOMAIN.md id, e.g. {@code MEM-4}. */
  String id();

  /**
   * The rule's verdicts on the facts, in order: one for most rules; one per item for a rule that names each
   * missing part (GRA-2), each criterion (GRA-3) or each half-year (MTG-4) on its own line of the explanation.
   */
  List<Evaluation> evaluate(F facts, RuleSet ruleSet);

  /** What a rule concludes from the facts: one evaluation, built with {@code is}. */
  @FunctionalInterface
  interface Body<F> {
    Evaluation evaluate(F facts, RuleSet ruleSet, Verdicts is);
  }

  /** What a rule concludes from the facts when it judges several items: one evaluation each, built with {@code is}. */
  @FunctionalInterface
  interface EachBody<F> {
    List<Evaluation> evaluate(F facts, RuleSet ruleSet, Verdicts is);
  }

  /**
   * This rule, read from larger facts: {@code FORMAL.from(Deciding::eligibility)} evaluates the formal rules within
   * a decision. The id stays the rule's.
   */
  default <G> Rule<G> from(java.util.function.Function<? super G, ? extends F> part) {
    Rule<F> rule = this;
    return new Named<>(id(), (facts, ruleSet) -> rule.evaluate(part.apply(facts), ruleSet));
  }

  /** A rule with one verdict per decision. */
  static <F> Rule<F> of(String id, Body<F> body) {
    Verdicts is = new Verdicts(id);
    return new Named<>(id, (facts, ruleSet) -> List.of(body.evaluate(facts, ruleSet, is)));
  }

  /** A rule with a verdict per item it judges; it returns at least one. */
  static <F> Rule<F> each(String id, EachBody<F> body) {
    Verdicts is = new Verdicts(id);
    return new Named<>(id, (facts, ruleSet) -> body.evaluate(facts, ruleSet, is));
  }

  /** The rule {@link #of} and {@link #each} build: its id, its body, and the id as its name. */
  record Named<F>(String id, java.util.function.BiFunction<F, RuleSet, List<Evaluation>> body) implements Rule<F> {

    @Override
    public List<Evaluation> evaluate(F facts, RuleSet ruleSet) {
      return body.apply(facts, ruleSet);
    }

    @Override
    public String toString() {
      return id;
    }
  }
}
