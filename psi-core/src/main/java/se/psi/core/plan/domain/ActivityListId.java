package se.psi.core.plan.domain;

/** Identifies a year's activity list (ACT-1): there is one list per year, so the year names it. */
public record ActivityListId(int year) {

  @Override
  public String toString() {
    return Integer.toString(year);
  }
}
