package se.psi.testkit.gen;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Days for property tests that must hold on any date, not only the day they were written on: a decision under
 * whichever ruleset is in force on a day, past or years ahead. Each generator comes twice, as the other generators
 * do: a QuickTheories {@link Gen}, and a plain factory over any seeded {@link RandomGenerator}.
 */
public final class DateGenerators {

  /** The first day of the Örebro partnership (PSI starts, replacing L&SEK). */
  public static final LocalDate PARTNERSHIP_STARTS = LocalDate.of(2015, 1, 1);
  /** Far enough past the plan 2021-2026 for the latest ruleset to have stood alone for years. */
  public static final LocalDate YEARS_AHEAD = LocalDate.of(2035, 12, 31);

  private DateGenerators() {}

  /** Any day from {@code first} to {@code last}, both included; shrinks towards {@code first}. */
  public static Gen<LocalDate> daysBetween(LocalDate first, LocalDate last) {
    return SourceDSL.integers().between(0, span(first, last)).map(first::plusDays);
  }

  public static LocalDate dayBetween(RandomGenerator random, LocalDate first, LocalDate last) {
    return first.plusDays(random.nextInt(span(first, last) + 1));
  }

  /** Any day from the partnership's start to {@link #YEARS_AHEAD}. */
  public static Gen<LocalDate> anyDay() {
    return daysBetween(PARTNERSHIP_STARTS, YEARS_AHEAD);
  }

  public static LocalDate anyDay(RandomGenerator random) {
    return dayBetween(random, PARTNERSHIP_STARTS, YEARS_AHEAD);
  }

  private static int span(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("no day from " + first + " to " + last);
    }
    return Math.toIntExact(ChronoUnit.DAYS.between(first, last));
  }
}
