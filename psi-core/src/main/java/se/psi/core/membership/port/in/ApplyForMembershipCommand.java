package se.psi.core.membership.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.psi.core.contact.port.in.ContactPersonDetails;
import se.psi.core.membership.domain.EngagementLevel;
import se.psi.core.shared.Actor;

/**
 * An organisation applies to join (MEM-3); a private individual never can (MEM-1). The board decision, contact person and political assembly may be left
 * out: the decision then names exactly what is missing, and the application can be completed.
 *
 * @param politicalAssembly MEM-6: for a municipality, the political assembly responsible for the partnership
 * @param engagement MEM-9: how much the organisation expects to take part; optional
 */
public record ApplyForMembershipCommand(
    @NotNull Actor actor,
    @NotNull @Valid @NotAPrivateIndividual OrganisationDetails organisation,
    @Valid BoardDecisionDetails boardDecision,
    @Valid ContactPersonDetails contactPerson,
    @Size(min = 1, max = 200) String politicalAssembly,
    EngagementLevel engagement) {}
