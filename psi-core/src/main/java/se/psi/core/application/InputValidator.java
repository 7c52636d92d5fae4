package se.psi.core.application;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.psi.core.port.in.ConstraintIds;
import se.psi.core.shared.Violation;

/**
 * Checks a command's shape (required, length, format) with Jakarta Bean Validation, reporting every problem at once
 * as {@link Violation}s: the constraint's name as id (e.g. {@code NotBlank}; the rule's id for a constraint that holds
 * one, e.g. MEM-1), the field path, the message key {@code constraint.<Name>} and the constraint's bounds as
 * arguments. Every text and date, wherever it sits in the command, is also held to what every store keeps
 * ({@code NoControlCharacters}, {@code DateInRange}).
 */
public final class InputValidator {

  /** Constraint attributes that are bounds worth telling the user; others (groups, payload, flags) are not. */
  private static final Set<String> BOUNDS = Set.of("min", "max", "value", "integer", "fraction");

  private final Validator validator;

  @Inject
  public InputValidator(Validator validator) {
    this.validator = validator;
  }

  public <C> Validation<Seq<Violation>, C> validate(C command) {
    if (command == null) {
      return Validation.invalid(List.of(Violation.of("NotNull", "", "constraint.NotNull")));
    }
    List<Violation> violations = List.ofAll(validator.validate(command))
        .map(InputValidator::toViolation)
        .appendAll(StorableValues.of(command))
        .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::ruleId));
    return violations.isEmpty() ? Validation.valid(command) : Validation.invalid(violations);
  }

  private static Violation toViolation(ConstraintViolation<?> violation) {
    String constraint = ConstraintIds.ruleOf(
        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
        violation.getConstraintDescriptor().getAttributes());
    Map<String, Object> bounds = new TreeMap<>(violation.getConstraintDescriptor().getAttributes());
    bounds.keySet().retainAll(BOUNDS);
    // A constraint with bounds is explained by them (at most {1} characters); one without, such as a format, by
    // the value that broke it, so its message can show it back.
    Object value = violation.getInvalidValue();
    java.util.List<Object> args = !bounds.isEmpty() || !(value instanceof CharSequence || value instanceof Number)
        ? java.util.List.copyOf(bounds.values()) : java.util.List.of(String.valueOf(value));
    return new Violation(constraint, violation.getPropertyPath().toString(),
        messageKey(violation, constraint, value), args);
  }


  /**
   * A constraint of ours names its own key as {@code {key}}; standard constraints get {@code constraint.<Name>},
   * and the size of a list {@code constraint.Size.items} (a list has items, not characters).
   */
  private static String messageKey(ConstraintViolation<?> violation, String constraint, Object value) {
    String template = violation.getMessageTemplate();
    boolean ownKey = template.startsWith("{") && template.endsWith("}")
        && !template.startsWith("{jakarta.") && !template.startsWith("{org.hibernate.");
    if (ownKey) {
      return template.substring(1, template.length() - 1);
    }
    boolean items = value instanceof java.util.Collection<?> || value instanceof Map<?, ?>
        || (value != null && value.getClass().isArray());
    return items && constraint.equals("Size") ? "constraint.Size.items" : "constraint." + constraint;
  }
}
