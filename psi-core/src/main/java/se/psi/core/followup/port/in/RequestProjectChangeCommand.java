package se.psi.core.followup.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import se.psi.core.shared.Actor;

/**
 * GRA-17: the grantee asks to change the project (its aims, activities, time plan or budget).
 *
 * @param expectedVersion the follow-up's version the caller saw; null skips the check
 */
public record RequestProjectChangeCommand(@NotNull Actor actor, @NotNull UUID applicationId,
    @NotBlank @Size(max = 4000) String description, @Positive Long expectedVersion) {}
