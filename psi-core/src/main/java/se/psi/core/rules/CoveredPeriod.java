package se.psi.core.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Days on which some ruleset of a partnership is in force, without a day missing. The partnership's rulesets cover
 * one such period from their first day on, unless the integrator declared that the partnership ends (and perhaps
 * starts again later).
 *
 * @param from the first day covered
 * @param until the last day covered; empty when the latest ruleset stays in force until a later one replaces it
 */
public record CoveredPeriod(LocalDate from, Optional<LocalDate> until) {

  public CoveredPeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
  }

  /** Whether the period runs on until a later ruleset replaces the latest one (RULESETS). */
  public boolean untilReplaced() {
    return until.isEmpty();
  }
}
