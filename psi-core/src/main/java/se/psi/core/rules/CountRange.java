package se.psi.core.rules;

/**
 * A yearly or per-period target given as a range, e.g. 2-4 general meetings a year; {@code min == max} for an exact
 * figure.
 *
 * <p>A range holds any pair, as written: a reversed or negative range is a contradiction in the ruleset that carries
 * it, and the registry's checks refuse it with the ruleset, the parameter and the reason (RULESET-5, see
 * {@link RuleSetChecks}), together with every other problem of the rulesets, instead of failing at the first one.
 */
public record CountRange(int min, int max) {

  public static CountRange exactly(int count) {
    return new CountRange(count, count);
  }

  public static CountRange between(int min, int max) {
    return new CountRange(min, max);
  }

  public boolean contains(int count) {
    return count >= min && count <= max;
  }

  /** Whether no count fits: the minimum exceeds the maximum. */
  public boolean minimumExceedsMaximum() {
    return min > max;
  }

  /** Whether a bound is below zero, which no count of meetings or seats can be. */
  public boolean hasNegativeBound() {
    return min < 0 || max < 0;
  }

  /** As a reader writes a range: "2", or "2–4" with an en dash. */
  @Override
  public String toString() {
    return min == max ? Integer.toString(min) : min + "\u2013" + max;
  }
}
