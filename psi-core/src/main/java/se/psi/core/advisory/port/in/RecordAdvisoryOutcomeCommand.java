package se.psi.core.advisory.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import se.psi.core.advisory.domain.AdvisoryCase.OutcomeKind;
import se.psi.core.shared.Actor;

/** What the advice came to; {@code close} ends the case. */
public record RecordAdvisoryOutcomeCommand(@NotNull Actor actor, @NotNull UUID caseId, @NotNull OutcomeKind kind,
    @NotNull @Size(max = 4000) String note, @Valid ReferralDetails referral, boolean close,
    @Positive Long expectedVersion) {}
