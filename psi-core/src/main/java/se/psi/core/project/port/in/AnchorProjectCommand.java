package se.psi.core.project.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.UUID;
import se.psi.core.shared.Actor;

/** PRJ-2: the working committee anchors a project. A {@code null} expected version skips the check. */
public record AnchorProjectCommand(@NotNull Actor actor, @NotNull UUID projectId, @Positive Long expectedVersion) {}
