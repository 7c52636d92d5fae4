package se.psi.core.plan.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import se.psi.core.shared.Actor;

/** A year's activity list or follow-up. */
public record YearQuery(@NotNull Actor actor, @Min(2000) @Max(2100) int year) {}
