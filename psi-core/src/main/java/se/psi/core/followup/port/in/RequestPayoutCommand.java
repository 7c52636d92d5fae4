package se.psi.core.followup.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.UUID;
import se.psi.core.shared.Actor;

/**
 * GRA-17: a payout request (rekvisition), signed by the acting person, who must be one of the grantee's authorised
 * signatories.
 *
 * @param expectedVersion the follow-up's version the caller saw; null skips the check
 */
public record RequestPayoutCommand(@NotNull Actor actor, @NotNull UUID applicationId,
    @NotNull @Positive Long amountKronor, @Positive Long expectedVersion) {}
