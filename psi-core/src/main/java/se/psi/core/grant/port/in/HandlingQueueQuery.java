package se.psi.core.grant.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import se.psi.core.grant.domain.GrantStatus;
import se.psi.core.shared.Actor;

/**
 * The handling group's queue: cases that have arrived and are being handled, oldest first.
 *
 * @param status only cases in this status (submitted, in assessment, completion requested); null for all three
 * @param olderThanDays only cases that arrived at least this many days ago; null for all
 * @param limit page size, 1 to 100
 */
public record HandlingQueueQuery(@NotNull Actor actor, GrantStatus status, @PositiveOrZero Integer olderThanDays,
    @PositiveOrZero int offset, @Min(1) @Max(100) int limit) {}
