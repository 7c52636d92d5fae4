package se.psi.core.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Why a decision came out as it did: every rule evaluated, in order, with its verdict and reason, and the ruleset
 * version in force on the decision date. Renders in Swedish (default) and English from the message bundles.
 *
 * @param rulesetVersion the version of the ruleset the decision was taken under
 * @param decisionDate the date whose ruleset was used
 * @param evaluations every rule evaluated, in order
 */
public record Explanation(String rulesetVersion, LocalDate decisionDate, List<Evaluation> evaluations) {

  public Explanation {
    Objects.requireNonNull(rulesetVersion, "rulesetVersion");
    Objects.requireNonNull(decisionDate, "decisionDate");
    evaluations = List.copyOf(evaluations);
  }

  /** Evaluates {@code rules} in order against {@code facts} under {@code ruleSet}. */
  public static <F> Explanation of(List<? extends Rule<? super F>> rules, F facts, RuleSet ruleSet,
      LocalDate decisionDate) {
    return new Explanation(ruleSet.version(), decisionDate,
        rules.stream().map(rule -> rule.evaluate(facts, ruleSet)).toList());
  }

  public List<Evaluation> failures() {
    return evaluations.stream().filter(Evaluation::failed).toList();
  }

  public boolean allMet() {
    return failures().isEmpty();
  }

  /** Ids of the rules that were not met, in evaluation order. */
  public List<String> failedRuleIds() {
    return failures().stream().map(Evaluation::ruleId).toList();
  }

  /** A copy with more evaluations appended (e.g. a follow-up rule evaluated after the first ones). */
  public Explanation and(List<Evaluation> more) {
    return new Explanation(rulesetVersion, decisionDate,
        java.util.stream.Stream.concat(evaluations.stream(), more.stream()).toList());
  }

  /** One line per rule: "[MEM-4] Uppfyllt: ...", preceded by the ruleset line. */
  public String render(Locale locale) {
    Messages messages = Messages.forLocale(locale);
    String header = messages.format("explanation.ruleset", rulesetVersion, decisionDate.toString());
    return evaluations.stream()
        .map(e -> "[" + e.ruleId() + "] " + messages.format("verdict." + e.verdict().name())
            + ": " + messages.format(e.messageKey(), e.args().toArray()))
        .collect(Collectors.joining(System.lineSeparator(), header + System.lineSeparator(), ""));
  }
}
