package se.psi.core.idea.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * IDE-2, ADV-3: what an idea was taken further to, by the id of what was created: an advisory case, a project-bank
 * entry or a public dialogue. The reference is typed here, not with those features' ids, because they know ideas and
 * not the reverse; each kind says the triage outcome it follows.
 */
public sealed interface LedTo {

  UUID value();

  /** The triage outcome that leads to this kind of thing. */
  default TriageOutcome outcome() {
    if (this instanceof AdvisoryCase) {
      return TriageOutcome.TO_ADVICE;
    }
    return this instanceof ProjectBankEntry ? TriageOutcome.TO_PROJECT_BANK : TriageOutcome.TO_PUBLIC_DIALOGUE_THEME;
  }

  /** What {@code outcome} created, with id {@code value}. */
  static LedTo of(TriageOutcome outcome, UUID value) {
    return switch (outcome) {
      case TO_ADVICE -> new AdvisoryCase(value);
      case TO_PROJECT_BANK -> new ProjectBankEntry(value);
      case TO_PUBLIC_DIALOGUE_THEME -> new PublicDialogue(value);
      case NOT_TAKEN_FURTHER -> throw new IllegalArgumentException("an idea not taken further leads to nothing");
    };
  }

  /** The advisory case opened for the idea (ADV-1). */
  record AdvisoryCase(UUID value) implements LedTo {
    public AdvisoryCase {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return value.toString();
    }
  }

  /** The project-bank entry the idea went to (PRJ-4), from a triage or an advisory case. */
  record ProjectBankEntry(UUID value) implements LedTo {
    public ProjectBankEntry {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return value.toString();
    }
  }

  /** The public dialogue meeting that takes up the idea's theme (AU-5). */
  record PublicDialogue(UUID value) implements LedTo {
    public PublicDialogue {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return value.toString();
    }
  }
}
