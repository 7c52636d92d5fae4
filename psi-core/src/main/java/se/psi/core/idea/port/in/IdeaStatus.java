package se.psi.core.idea.port.in;

import java.time.LocalDate;
import java.util.Optional;
import se.psi.core.idea.domain.Triage;

/** What the idea-giver sees with the receipt: when it arrived and what became of it; no personal data. */
public record IdeaStatus(String receipt, LocalDate submittedOn, Optional<Triage> triage) {}
