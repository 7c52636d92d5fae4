package se.psi.core.membership.domain;

import java.util.Map;

/**
 * The membership applications submitted in a year, by where they stand now; part of the yearly follow-up (ACT-2).
 *
 * @param submitted all applications submitted in the year
 * @param awaitingDecision still waiting for the committee (SUBMITTED)
 * @param incomplete decided incomplete and not yet completed (MEM-3)
 * @param admitted admitted as partners
 * @param refused refused
 */
public record ApplicationCounts(int year, long submitted, long awaitingDecision, long incomplete, long admitted,
    long refused) {

  /** From a count per status; a status absent from the map has none. */
  public static ApplicationCounts of(int year, Map<ApplicationStatus, Long> byStatus) {
    long awaiting = byStatus.getOrDefault(ApplicationStatus.SUBMITTED, 0L);
    long incomplete = byStatus.getOrDefault(ApplicationStatus.INCOMPLETE, 0L);
    long admitted = byStatus.getOrDefault(ApplicationStatus.ADMITTED, 0L);
    long refused = byStatus.getOrDefault(ApplicationStatus.REFUSED, 0L);
    return new ApplicationCounts(year, awaiting + incomplete + admitted + refused, awaiting, incomplete, admitted,
        refused);
  }
}
