package se.psi.core.advisory.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import se.psi.core.shared.Actor;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.OrganisationNumberFormat;

/** ADV-1: opens a case for an organisation with an idea; {@code fromIdea} is an idea triaged to advice (IDE-2). */
public record OpenAdvisoryCaseCommand(@NotNull Actor actor, @NotBlank @Size(max = 200) String organisationName,
    @OrganisationNumberFormat String organisationNumber, @NotNull OrganisationKind organisationKind,
    @NotBlank @Size(max = 4000) String idea, @NotBlank @Size(max = 2000) String challenge, UUID fromIdea,
    @Valid IncomingReferralDetails referredFrom,
    @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 200) String> advisers) {}
