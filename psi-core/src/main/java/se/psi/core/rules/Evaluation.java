package se.psi.core.rules;

import java.util.List;
import java.util.Objects;

/**
 * One rule's verdict on one decision, with its reason as a message key and arguments.
 *
 * @param ruleId the DOMAIN.md id, e.g. {@code MEM-4}
 * @param verdict what the rule concluded
 * @param messageKey the reason's key in the message bundles
 * @param args the reason's arguments
 * @param field the input field the reason is about, empty when it is about the whole case; several fields,
 *     comma-separated, when one reason names several missing items (MEM-6's official and political assembly)
 */
public record Evaluation(String ruleId, Verdict verdict, String messageKey, List<Object> args, String field) {

  public Evaluation {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(messageKey, "messageKey");
    Objects.requireNonNull(field, "field");
    args = List.copyOf(args);
  }

  public static Evaluation met(String ruleId, String messageKey, Object... args) {
    return new Evaluation(ruleId, Verdict.MET, messageKey, List.of(args), "");
  }

  public static Evaluation notMet(String ruleId, String field, String messageKey, Object... args) {
    return new Evaluation(ruleId, Verdict.NOT_MET, messageKey, List.of(args), field);
  }

  public static Evaluation notApplicable(String ruleId, String messageKey, Object... args) {
    return new Evaluation(ruleId, Verdict.NOT_APPLICABLE, messageKey, List.of(args), "");
  }

  public static Evaluation needsJudgement(String ruleId, String messageKey, Object... args) {
    return new Evaluation(ruleId, Verdict.NEEDS_JUDGEMENT, messageKey, List.of(args), "");
  }

  public boolean failed() {
    return verdict == Verdict.NOT_MET;
  }
}
