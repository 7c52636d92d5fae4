package se.psi.core.membership.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import se.psi.core.membership.domain.PartnerStatus;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Sector;

/**
 * List partners, a page at a time, ordered by name.
 *
 * @param sector only this sector; null for all
 * @param status only this status; null for all
 * @param activeToday only partners active today (MEM-7, MEM-8)
 * @param limit page size, 1 to 100
 */
public record FindPartnersQuery(
    @NotNull Actor actor,
    Sector sector,
    PartnerStatus status,
    boolean activeToday,
    @PositiveOrZero int offset,
    @Min(1) @Max(100) int limit) {}
