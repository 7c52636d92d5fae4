package se.psi.core.membership.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.UUID;
import se.psi.core.shared.Actor;

/** The working committee decides an application, today, under today's ruleset. */
public record DecideMembershipCommand(
    @NotNull Actor actor,
    @NotNull UUID applicationId,
    @Positive Long expectedVersion) {}
