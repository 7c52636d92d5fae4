package se.psi.core.contact.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.UUID;
import se.psi.core.shared.Actor;

/**
 * Report that a partner's contact person has left the organisation or the role (CON-2).
 *
 * @param since the first day without a contact; today when null
 * @param expectedVersion the register version the caller saw; null to skip the check
 */
public record ReportContactVacancyCommand(
    @NotNull Actor actor,
    @NotNull UUID partnerId,
    LocalDate since,
    @Positive Long expectedVersion) {}
