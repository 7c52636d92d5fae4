package se.psi.core.grant.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import se.psi.core.grant.domain.GrantOutcome;
import se.psi.core.shared.Actor;

/** GRA-4: the acting member, as presenter (föredragande), drafts the proposal. */
public record ProposalCommand(@NotNull Actor actor, @NotNull UUID applicationId, @NotNull GrantOutcome outcome,
    @PositiveOrZero Long amountKronor, @NotNull @Size(max = 20) List<@NotBlank @Size(max = 1000) String> conditions,
    @NotBlank @Size(max = 4000) String reasons, @Valid ReferralDetails referral, @Positive Long expectedVersion) {}
