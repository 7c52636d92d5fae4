package se.psi.core.plan.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.UUID;
import se.psi.core.shared.Actor;

/** MTG-1: records that a held general meeting adopted the operational plan. */
public record AdoptOperationalPlanCommand(
    @NotNull Actor actor,
    @NotNull UUID planId,
    @NotNull UUID meetingId,
    @Positive Long expectedVersion) {}
