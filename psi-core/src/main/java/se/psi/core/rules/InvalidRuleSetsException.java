package se.psi.core.rules;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.psi.core.shared.Violation;

/**
 * A partnership's rulesets do not hold together: an error in the integrator's configuration, found when the
 * registry is built. The message lists every finding, one a line, in English; {@link #violations()} has them as
 * values.
 */
public final class InvalidRuleSetsException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  public InvalidRuleSetsException(String partnership, List<Violation> violations) {
    super(describe(partnership, violations));
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }

  private static String describe(String partnership, List<Violation> violations) {
    Messages english = Messages.forLocale(Locale.ENGLISH);
    return violations.stream()
        .map(v -> "[" + v.ruleId() + "] " + (v.field().isEmpty() ? "" : v.field() + ": ")
            + english.format(v.messageKey(), v.args().toArray()))
        .collect(Collectors.joining(System.lineSeparator(), "The rulesets of partnership " + partnership
            + " are refused (" + violations.size() + "):" + System.lineSeparator(), ""));
  }
}
