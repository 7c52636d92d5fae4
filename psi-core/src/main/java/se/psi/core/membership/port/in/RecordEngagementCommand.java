package se.psi.core.membership.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.UUID;
import se.psi.core.membership.domain.EngagementLevel;
import se.psi.core.shared.Actor;

/** MEM-9: record how much a partner takes part. */
public record RecordEngagementCommand(
    @NotNull Actor actor,
    @NotNull UUID partnerId,
    @NotNull EngagementLevel level,
    @Positive Long expectedVersion) {}
