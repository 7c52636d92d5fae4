package se.psi.core.contact.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * An open contact vacancy (CON-2): the partner must appoint a successor.
 *
 * @param since the day the previous contact left
 * @param lastReminded the day the partner was last reminded; empty before the first reminder
 */
public record Vacancy(LocalDate since, Optional<LocalDate> lastReminded) {

  public Vacancy {
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(lastReminded, "lastReminded");
  }

  /** CON-2: the vacancy is older than the grace period, so the partner counts as unreachable. */
  public boolean unreachableOn(LocalDate today, Period gracePeriod) {
    return since.plus(gracePeriod).isBefore(today);
  }

  /** CON-2: the partner is reminded at once, then once per interval while the vacancy stays open. */
  public boolean reminderDueOn(LocalDate today, Period interval) {
    return lastReminded.map(last -> !last.plus(interval).isAfter(today)).orElse(true);
  }

  Vacancy remindedOn(LocalDate day) {
    return new Vacancy(since, Optional.of(day));
  }
}
