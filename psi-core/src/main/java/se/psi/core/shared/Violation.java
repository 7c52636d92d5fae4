package se.psi.core.shared;

import java.util.List;
import java.util.Objects;

/**
 * One problem with an input or a request, whether found by a shape check (Bean Validation) or by a business rule.
 *
 * @param ruleId the rule id from DOMAIN.md (e.g. {@code MEM-4}) or the constraint name (e.g. {@code NotBlank})
 * @param field the path of the offending field, e.g. {@code boardDecision.date}; empty for the whole input
 * @param messageKey the key of the sentence in the message bundles (Swedish and English)
 * @param args the arguments the sentence is formatted with
 */
public record Violation(String ruleId, String field, String messageKey, List<Object> args) {

  public Violation {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(messageKey, "messageKey");
    args = List.copyOf(args);
  }

  public static Violation of(String ruleId, String field, String messageKey, Object... args) {
    return new Violation(ruleId, field, messageKey, List.of(args));
  }
}
