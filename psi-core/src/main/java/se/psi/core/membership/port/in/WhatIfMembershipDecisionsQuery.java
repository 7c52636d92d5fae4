package se.psi.core.membership.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.Map;
import se.psi.core.shared.Actor;

/**
 * The decisions of a period under a proposed ruleset.
 *
 * @param from the first decision date included
 * @param to the last decision date included
 * @param rulesetVersion the registered ruleset to evaluate every decision under; {@code null} keeps each decision's
 *     own ruleset as its receipt holds it
 * @param changedParameters ruleset parameters changed on that ruleset, by name (as {@code GET /api/v1/rulesets}
 *     names them) with their value as text; an empty value removes an optional parameter; {@code null} for none
 * @param limit how many differing decisions to list (the count covers all); {@code null} for 100
 */
public record WhatIfMembershipDecisionsQuery(
    @NotNull Actor actor,
    @NotNull LocalDate from,
    @NotNull LocalDate to,
    String rulesetVersion,
    Map<String, String> changedParameters,
    @Positive @Max(MOST_LISTED) Integer limit) {

  /** The most differing decisions one answer lists. */
  public static final int MOST_LISTED = 1000;

  /** How many differing decisions are listed when the query does not say. */
  public static final int LISTED_BY_DEFAULT = 100;

  public Map<String, String> changes() {
    return changedParameters == null ? Map.of() : changedParameters;
  }

  public int listed() {
    return limit == null ? LISTED_BY_DEFAULT : limit;
  }
}
