package se.psi.core.followup.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.UUID;
import se.psi.core.shared.Actor;

/**
 * GRA-17: the Region received the repayment of a claim in full, today.
 *
 * @param expectedVersion the follow-up's version the caller saw; null skips the check
 */
public record RecordRepaymentCommand(@NotNull Actor actor, @NotNull UUID applicationId, @NotNull UUID claimId,
    @Positive Long expectedVersion) {}
