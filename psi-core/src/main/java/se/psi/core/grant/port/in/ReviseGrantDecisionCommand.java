package se.psi.core.grant.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import se.psi.core.grant.domain.DecisionRevision;
import se.psi.core.grant.domain.GrantOutcome;
import se.psi.core.shared.Actor;

/**
 * GRA-15: the decider corrects an obvious error in the decision, or changes it on new facts, as a new version with
 * its {@code revisionReason}; a change against the applicant names its {@code detrimentGround} in law.
 */
public record ReviseGrantDecisionCommand(@NotNull Actor actor, @NotNull UUID applicationId,
    @NotNull UUID delegationId, @NotNull DecisionRevision.Kind kind, @NotNull GrantOutcome outcome,
    @PositiveOrZero Long amountKronor, @NotNull @Size(max = 20) List<@NotBlank @Size(max = 1000) String> conditions,
    @NotBlank @Size(max = 4000) String reasons, @Valid ReferralDetails referral,
    @NotNull @Size(max = 20) List<@NotBlank @Size(max = 200) String> participants,
    @NotNull @Size(max = 20) List<@NotNull @Valid DissentDetails> dissents,
    @NotBlank @Size(max = 4000) String revisionReason, @Size(max = 1000) String detrimentGround,
    @Positive Long expectedVersion) {}
