package se.psi.core.grant.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.psi.core.shared.Referral;

/** GRA-6, ADV-2: a referral as given. */
public record ReferralDetails(@NotBlank @Size(max = 200) String to, @NotNull Referral.Kind kind,
    @NotBlank @Size(max = 2000) String why) {

  public Referral toReferral() {
    return new Referral(to.strip(), kind, why.strip());
  }
}
