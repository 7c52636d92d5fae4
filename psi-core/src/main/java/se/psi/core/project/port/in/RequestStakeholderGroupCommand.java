package se.psi.core.project.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.UUID;
import se.psi.core.shared.Actor;

/** PRJ-2: the owner asks for the partnership as the project's reference group. A {@code null} expected version skips the check. */
public record RequestStakeholderGroupCommand(@NotNull Actor actor, @NotNull UUID projectId, @Positive Long expectedVersion) {}
