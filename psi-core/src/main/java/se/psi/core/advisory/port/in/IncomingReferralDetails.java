package se.psi.core.advisory.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** ADV-3: who referred the organisation here, and why. */
public record IncomingReferralDetails(@NotBlank @Size(max = 200) String from,
    @NotBlank @Size(max = 2000) String why) {}
