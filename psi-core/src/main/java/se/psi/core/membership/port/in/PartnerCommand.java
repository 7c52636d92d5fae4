package se.psi.core.membership.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.UUID;
import se.psi.core.shared.Actor;

/**
 * A command on one partner that needs nothing more: withdraw (MEM-7), or read it.
 *
 * @param expectedVersion the partner version the caller saw; null to skip the check
 */
public record PartnerCommand(@NotNull Actor actor, @NotNull UUID partnerId, @Positive Long expectedVersion) {}
