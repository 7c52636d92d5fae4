package se.psi.core.followup.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import se.psi.core.followup.domain.RepaymentClaim;
import se.psi.core.shared.Actor;

/**
 * GRA-17: the Region claims money back (återkrav), unused or not used as granted, with its grounds.
 *
 * @param expectedVersion the follow-up's version the caller saw; null skips the check
 */
public record ClaimRepaymentCommand(@NotNull Actor actor, @NotNull UUID applicationId,
    @NotNull @Positive Long amountKronor, @NotNull RepaymentClaim.Reason reason,
    @NotBlank @Size(max = 4000) String grounds, @Positive Long expectedVersion) {}
