package se.psi.core.grant.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.UUID;
import se.psi.core.shared.Actor;

/** Submit, resubmit or withdraw one application, at the version the caller saw. */
public record GrantApplicationCommand(@NotNull Actor actor, @NotNull UUID applicationId,
    @Positive Long expectedVersion) {}
