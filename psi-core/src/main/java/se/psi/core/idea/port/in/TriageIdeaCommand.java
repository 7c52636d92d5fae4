package se.psi.core.idea.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import se.psi.core.idea.domain.TriageOutcome;
import se.psi.core.shared.Actor;

/** IDE-2: what became of an idea. */
public record TriageIdeaCommand(@NotNull Actor actor, @NotNull UUID ideaId, @NotNull TriageOutcome outcome,
    @NotBlank @Size(max = 2000) String note, @Positive Long expectedVersion) {}
