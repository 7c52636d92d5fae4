package se.psi.core.membership.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import se.psi.core.contact.port.in.ContactPersonDetails;
import se.psi.core.shared.Actor;

/** Adds what an application lacked; parts left null stay as they were. */
public record CompleteMembershipApplicationCommand(
    @NotNull Actor actor,
    @NotNull UUID applicationId,
    @Valid BoardDecisionDetails boardDecision,
    @Valid ContactPersonDetails contactPerson,
    @Size(min = 1, max = 200) String politicalAssembly,
    @Positive Long expectedVersion) {}
