package se.psi.core.contact.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.UUID;
import se.psi.core.shared.Actor;

/**
 * Appoint a partner's contact person: a successor at handover, or to fill a vacancy (CON-2).
 *
 * @param from first day as contact; today when null
 * @param expectedVersion the register version the caller saw; null to skip the check
 */
public record AppointContactPersonCommand(
    @NotNull Actor actor,
    @NotNull UUID partnerId,
    @NotNull @Valid ContactPersonDetails person,
    LocalDate from,
    @Positive Long expectedVersion) {}
