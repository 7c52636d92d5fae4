package se.psi.core.followup.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import se.psi.core.shared.Actor;

/**
 * GRA-17: the Region approves or refuses a change to the project, always with its reasons.
 *
 * @param expectedVersion the follow-up's version the caller saw; null skips the check
 */
public record DecideProjectChangeCommand(@NotNull Actor actor, @NotNull UUID applicationId, @NotNull UUID changeId,
    @NotNull Boolean approved, @NotBlank @Size(max = 4000) String reasons, @Positive Long expectedVersion) {}
