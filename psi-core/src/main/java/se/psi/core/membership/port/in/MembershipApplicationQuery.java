package se.psi.core.membership.port.in;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import se.psi.core.shared.Actor;

/** Read one membership application. */
public record MembershipApplicationQuery(@NotNull Actor actor, @NotNull UUID applicationId) {}
