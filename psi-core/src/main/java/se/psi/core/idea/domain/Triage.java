package se.psi.core.idea.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * IDE-2: the triage, by whom (the host's id) and why, and what it led to once that was created: the advisory case,
 * the project-bank entry or the public dialogue on the theme, by id. That knows the idea in turn.
 */
public record Triage(TriageOutcome outcome, String note, LocalDate on, String by, Optional<UUID> ledTo) {

  public Triage {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(ledTo, "ledTo");
  }

  /** A triage that has led to nothing yet. */
  public Triage(TriageOutcome outcome, String note, LocalDate on, String by) {
    this(outcome, note, on, by, Optional.empty());
  }
}
