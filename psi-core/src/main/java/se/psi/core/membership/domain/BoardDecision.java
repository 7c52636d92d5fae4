package se.psi.core.membership.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * MEM-4: the organisation's board (or equivalent body) decided to join.
 *
 * @param date when the body decided
 * @param body which body decided, e.g. "Styrelsen" or "Kommunstyrelsen"
 * @param reference the decision's reference, e.g. "§ 42" or "KS 2022/118"
 */
public record BoardDecision(LocalDate date, String body, String reference) {

  public BoardDecision {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(reference, "reference");
  }
}
