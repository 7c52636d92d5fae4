package se.psi.core.committee.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import se.psi.core.shared.Actor;

/**
 * Take or leave a committee seat for a partner.
 *
 * @param representative when taking a seat, the host's id of the person who sits for the partner; optional
 * @param expectedVersion the committee version the caller saw (0 for a committee never saved); null to skip
 */
public record SeatCommand(
    @NotNull Actor actor,
    @NotNull UUID partnerId,
    @Size(min = 1, max = 100) String representative,
    @PositiveOrZero Long expectedVersion) {}
