package se.psi.core.membership.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.UUID;
import se.psi.core.shared.Actor;

/**
 * MEM-8: renew a partner's agreement.
 *
 * @param endsOn the new last day; null for until further notice
 */
public record RenewAgreementCommand(
    @NotNull Actor actor,
    @NotNull UUID partnerId,
    LocalDate endsOn,
    @Positive Long expectedVersion) {}
