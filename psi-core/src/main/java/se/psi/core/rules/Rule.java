package se.psi.core.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;

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
 * <p>What the rule says and where it comes from are words, kept with the other words: the message bundles hold
 * {@code rule.<id>.statement} and {@code rule.<id>.source} for every id of the catalogue, in Swedish and English. The
 * parameters of the ruleset it reads are declared where it is:
 *
 * <pre>{@code
 * Rule<MembershipFacts> MEM_1 = Rule.of("MEM-1", Set.of(RuleSetParameter.ADMITTED_KINDS), (facts, ruleSet, is) ->
 *     ruleSet.admits(facts.application().organisation().kind()) ? ... : ...);
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

  /** The parameters of the ruleset this rule reads; empty for a rule whose verdict no ruleset changes. */
  default Set<RuleSetParameter> reads() {
    return Set.of();
  }

  /** What the rule says, in plain words, in {@code language}. */
  default String statement(Locale language) {
    return Messages.forLocale(language).format(statementKey(id()));
  }

  /** The document and the place in it the rule comes from, in {@code language}. */
  default String source(Locale language) {
    return Messages.forLocale(language).format(sourceKey(id()));
  }

  /** The bundle key of what the rule with {@code id} says: {@code rule.<id>.statement}. */
  static String statementKey(String id) {
    return "rule." + id + ".statement";
  }

  /** The bundle key of where the rule with {@code id} comes from: {@code rule.<id>.source}. */
  static String sourceKey(String id) {
    return "rule." + id + ".source";
  }

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
    return new Named<>(id(), (facts, ruleSet) -> rule.evaluate(part.apply(facts), ruleSet), reads());
  }

  /** A rule with one verdict per decision, which reads no parameter of the ruleset. */
  static <F> Rule<F> of(String id, Body<F> body) {
    return of(id, Set.of(), body);
  }

  /** A rule with one verdict per decision, which reads the parameters {@code reads} of the ruleset. */
  static <F> Rule<F> of(String id, Set<RuleSetParameter> reads, Body<F> body) {
    Verdicts is = new Verdicts(id);
    return new Named<>(id, (facts, ruleSet) -> List.of(body.evaluate(facts, ruleSet, is)), reads);
  }

  /** A rule with a verdict per item it judges (at least one), which reads no parameter of the ruleset. */
  static <F> Rule<F> each(String id, EachBody<F> body) {
    return each(id, Set.of(), body);
  }

  /** A rule with a verdict per item it judges (at least one), which reads the parameters {@code reads}. */
  static <F> Rule<F> each(String id, Set<RuleSetParameter> reads, EachBody<F> body) {
    Verdicts is = new Verdicts(id);
    return new Named<>(id, (facts, ruleSet) -> body.evaluate(facts, ruleSet, is), reads);
  }

  /** The rule {@link #of} and {@link #each} build: its id, its body, the parameters it reads, and the id as its name. */
  record Named<F>(String id, java.util.function.BiFunction<F, RuleSet, List<Evaluation>> body,
      Set<RuleSetParameter> reads) implements Rule<F> {

    public Named {
      reads = Set.copyOf(reads);
    }

    /** A rule that reads no parameter of the ruleset. */
    public Named(String id, java.util.function.BiFunction<F, RuleSet, List<Evaluation>> body) {
      this(id, body, Set.of());
    }

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
