package se.psi.core.idea.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * IDE-2: the triage, by whom (the host's id) and why, and what it led to once that was created: the advisory case,
 * the project-bank entry or the public dialogue on the theme, by its typed reference. That knows the idea in turn.
 */
public record Triage(TriageOutcome outcome, String note, LocalDate on, String by, Optional<LedTo> ledTo) {

  public Triage {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(ledTo, "ledTo");
    if (ledTo.filter(to -> to.outcome() != outcome).isPresent()) {
      throw new IllegalArgumentException("a triage " + outcome + " cannot lead to " + ledTo.get().outcome());
    }
  }

  /** A triage that has led to nothing yet. */
  public Triage(TriageOutcome outcome, String note, LocalDate on, String by) {
    this(outcome, note, on, by, Optional.empty());
  }
}
