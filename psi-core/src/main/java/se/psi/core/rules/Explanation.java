package se.psi.core.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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

  /**
   * Evaluates {@code rules} in order against {@code facts} under {@code ruleSet}. Plain loops here and below: this
   * runs for every decision, and psi-bench holds it to millions a second.
   */
  public static <F> Explanation of(List<? extends Rule<? super F>> rules, F facts, RuleSet ruleSet,
      LocalDate decisionDate) {
    List<Evaluation> evaluations = new ArrayList<>(rules.size());
    for (int i = 0; i < rules.size(); i++) {
      evaluations.addAll(rules.get(i).evaluate(facts, ruleSet));
    }
    return new Explanation(ruleSet.version(), decisionDate, evaluations);
  }

  public List<Evaluation> failures() {
    List<Evaluation> failures = new ArrayList<>();
    for (Evaluation evaluation : evaluations) {
      if (evaluation.failed()) {
        failures.add(evaluation);
      }
    }
    return Collections.unmodifiableList(failures);
  }

  public boolean allMet() {
    for (Evaluation evaluation : evaluations) {
      if (evaluation.failed()) {
        return false;
      }
    }
    return true;
  }

  /** Ids of the rules that were not met, in evaluation order. */
  public List<String> failedRuleIds() {
    List<String> ids = new ArrayList<>();
    for (Evaluation evaluation : evaluations) {
      if (evaluation.failed()) {
        ids.add(evaluation.ruleId());
      }
    }
    return Collections.unmodifiableList(ids);
  }

  /** A copy with more evaluations appended (e.g. a follow-up rule evaluated after the first ones). */
  public Explanation and(List<Evaluation> more) {
    return new Explanation(rulesetVersion, decisionDate,
        java.util.stream.Stream.concat(evaluations.stream(), more.stream()).toList());
  }

  /**
   * One line per rule: "[MEM-4] Uppfyllt: ...", preceded by the ruleset line; a rule not met says what would meet it
   * ({@link Messages#reason}).
   */
  public String render(Locale locale) {
    return render(locale, reasons(locale));
  }

  /** Each evaluation's reason in the language ({@link Messages#reason}), in evaluation order. */
  public List<String> reasons(Locale locale) {
    Messages messages = Messages.forLocale(locale);
    List<String> reasons = new ArrayList<>(evaluations.size());
    for (Evaluation evaluation : evaluations) {
      reasons.add(messages.reason(evaluation.messageKey(), evaluation.args().toArray()));
    }
    return Collections.unmodifiableList(reasons);
  }

  /**
   * As {@link #render(Locale)}, with the {@link #reasons} already formatted: an answer that shows each reason on its
   * own and the whole explanation too formats every reason once.
   */
  public String render(Locale locale, List<String> reasons) {
    if (reasons.size() != evaluations.size()) {
      throw new IllegalArgumentException("one reason per evaluation: " + evaluations.size() + ", not "
          + reasons.size());
    }
    Messages messages = Messages.forLocale(locale);
    StringBuilder text = new StringBuilder(
        messages.format("explanation.ruleset", rulesetVersion, decisionDate.toString()));
    for (int i = 0; i < evaluations.size(); i++) {
      Evaluation evaluation = evaluations.get(i);
      text.append(System.lineSeparator()).append('[').append(evaluation.ruleId()).append("] ")
          .append(messages.format("verdict." + evaluation.verdict().name())).append(": ").append(reasons.get(i));
    }
    return text.toString();
  }
}
