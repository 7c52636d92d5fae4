package se.psi.core.rules;

/**
 * A yearly or per-period target given as a range, e.g. 2-4 general meetings a year; {@code min == max} for an exact
 * figure.
 */
public record CountRange(int min, int max) {

  public CountRange {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("expected 0 <= min <= max, was " + min + ".." + max);
    }
  }

  public static CountRange exactly(int count) {
    return new CountRange(count, count);
  }

  public static CountRange between(int min, int max) {
    return new CountRange(min, max);
  }

  public boolean contains(int count) {
    return count >= min && count <= max;
  }

  /** As a reader writes a range: "2", or "2–4" with an en dash. */
  @Override
  public String toString() {
    return min == max ? Integer.toString(min) : min + "\u2013" + max;
  }
}
