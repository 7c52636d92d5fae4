package se.psi.core.grant.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import se.psi.core.membership.port.in.OrganisationDetails;
import se.psi.core.shared.Actor;

/** The applicant organisation starts a draft in the scheme of a year. */
public record DraftGrantApplicationCommand(@NotNull Actor actor, @Min(2000) @Max(2100) int schemeYear,
    @NotNull @Valid OrganisationDetails applicant, @NotNull @Valid ProjectDetails project) {}
