package se.psi.core.grant.port.in;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import se.psi.core.shared.Actor;

/** One application, as the caller may see it. */
public record GrantApplicationQuery(@NotNull Actor actor, @NotNull UUID applicationId) {}
