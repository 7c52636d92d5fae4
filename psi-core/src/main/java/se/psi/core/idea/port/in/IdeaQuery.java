package se.psi.core.idea.port.in;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import se.psi.core.shared.Actor;

/** Read one idea. */
public record IdeaQuery(@NotNull Actor actor, @NotNull UUID ideaId) {}
