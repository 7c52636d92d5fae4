package se.psi.core.grant.domain;

import java.util.Objects;

/**
 * GRA-9: the case number (diarienummer) the authority's records system gives a case when it arrives, as that system
 * writes it, e.g. {@code PSI 2026/0001}. The library's default registry numbers cases per year of arrival
 * ({@link #sequential}); an integrator's records system gives numbers in its own form.
 */
public record CaseNumber(String value) {

  public CaseNumber {
    Objects.requireNonNull(value, "value");
    if (value.isBlank() || value.length() > 60) {
      throw new IllegalArgumentException("a case number has 1 to 60 characters");
    }
  }

  /** The library's form: prefix, year of arrival, and the year's sequence number in at least four digits. */
  public static CaseNumber sequential(String prefix, int year, long number) {
    return new CaseNumber(String.format("%s %d/%04d", prefix, year, number));
  }

  @Override
  public String toString() {
    return value;
  }
}
