package se.psi.core.advisory.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.psi.core.shared.Referral;

/** A referral as given (ADV-2). */
public record ReferralDetails(@NotBlank @Size(max = 200) String to, @NotNull Referral.Kind kind,
    @NotBlank @Size(max = 2000) String why) {}
