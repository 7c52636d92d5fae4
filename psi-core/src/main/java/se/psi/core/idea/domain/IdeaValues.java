package se.psi.core.idea.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The small values of an idea. */
public final class IdeaValues {

  private IdeaValues() {}

  /** Identifies an idea. */
  public record IdeaId(UUID value) {
    public IdeaId {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return value.toString();
    }
  }

  /** IDE-1: who brought the idea. */
  public enum IdeaSource { CITIZEN, EMPLOYEE, POLITICIAN, ORGANISATION }

  /** IDE-1: the channel it came through. */
  public enum IdeaChannel { WEB_FORM, MUNICIPALITY, MEETING, OUTREACH_EVENT }

  /** IDE-2: what became of it. */
  public enum TriageOutcome { TO_ADVICE, TO_PROJECT_BANK, TO_PUBLIC_DIALOGUE_THEME, NOT_TAKEN_FURTHER }

  /**
   * A way to reach the idea-giver, if they left one: personal data (CON-3), erased on request.
   *
   * @param name the name the person gave
   * @param email where to answer
   */
  public record IdeaContact(String name, String email) {
    public IdeaContact {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(email, "email");
    }
  }

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
}
