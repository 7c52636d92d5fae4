package se.psi.core.port.in;

import java.util.Map;

/**
 * How a constraint on a command is named in a violation, so that a form describing the command (a web adapter's,
 * a frontend's) names its rules exactly as the refusals will.
 */
public final class ConstraintIds {

  private ConstraintIds() {}

  /**
   * The id a violation carries: a constraint that holds a business rule names it in its {@code rule} attribute
   * (MEM-1 for {@code NotAPrivateIndividual}); any other is known by its name, e.g. {@code NotBlank}.
   */
  public static String ruleOf(String constraintName, Map<String, Object> attributes) {
    return attributes.get("rule") instanceof String rule && !rule.isBlank() ? rule : constraintName;
  }
}
