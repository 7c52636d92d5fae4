package se.psi.core.membership.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import se.psi.core.membership.domain.ApplicationStatus;
import se.psi.core.shared.Actor;

/**
 * List membership applications, a page at a time, oldest submitted first.
 *
 * @param status only this status (SUBMITTED for the committee's queue); null for all
 * @param limit page size, 1 to 100
 */
public record FindMembershipApplicationsQuery(
    @NotNull Actor actor,
    ApplicationStatus status,
    @PositiveOrZero int offset,
    @Min(1) @Max(100) int limit) {}
