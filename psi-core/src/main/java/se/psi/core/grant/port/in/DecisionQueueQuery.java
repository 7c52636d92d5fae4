package se.psi.core.grant.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import se.psi.core.shared.Actor;

/** The decider's queue: cases whose proposal is ready for decision, oldest arrival first; page size 1 to 100. */
public record DecisionQueueQuery(@NotNull Actor actor, @PositiveOrZero int offset, @Min(1) @Max(100) int limit) {}
