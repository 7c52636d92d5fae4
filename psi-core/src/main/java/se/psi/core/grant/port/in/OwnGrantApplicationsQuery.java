package se.psi.core.grant.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import se.psi.core.shared.Actor;
import se.psi.core.shared.OrganisationNumberFormat;

/**
 * An applicant organisation's own applications, drafts first, then by arrival; page size 1 to 100.
 *
 * @param organisationNumber the applicant organisation: the caller's own (an administrator names any)
 */
public record OwnGrantApplicationsQuery(@NotNull Actor actor, @NotNull @OrganisationNumberFormat String organisationNumber,
    @PositiveOrZero int offset, @Min(1) @Max(100) int limit) {}
