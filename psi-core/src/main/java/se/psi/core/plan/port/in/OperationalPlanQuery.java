package se.psi.core.plan.port.in;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import se.psi.core.shared.Actor;

/** Read one operational plan. */
public record OperationalPlanQuery(@NotNull Actor actor, @NotNull UUID planId) {}
