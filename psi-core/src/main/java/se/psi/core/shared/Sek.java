package se.psi.core.shared;

/**
 * An amount of Swedish kronor, whole kronor, never negative.
 *
 * @param kronor the amount
 */
public record Sek(long kronor) implements Comparable<Sek> {

  public static final Sek ZERO = new Sek(0);

  public Sek {
    if (kronor < 0) {
      throw new IllegalArgumentException("an amount is never negative: " + kronor);
    }
  }

  public static Sek of(long kronor) {
    return new Sek(kronor);
  }

  public Sek plus(Sek other) {
    return new Sek(Math.addExact(kronor, other.kronor));
  }

  /** The difference, or zero when {@code other} is larger. */
  public Sek minusOrZero(Sek other) {
    return new Sek(Math.max(0, kronor - other.kronor));
  }

  public boolean isMoreThan(Sek other) {
    return kronor > other.kronor;
  }

  @Override
  public int compareTo(Sek other) {
    return Long.compare(kronor, other.kronor);
  }

  @Override
  public String toString() {
    return kronor + " kr";
  }
}
