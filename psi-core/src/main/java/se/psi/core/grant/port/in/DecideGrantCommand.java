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

/**
 * GRA-5, GRA-12: the acting delegated decider decides, on the delegation named, with those who took part and any
 * dissenting opinion among them.
 */
public record DecideGrantCommand(@NotNull Actor actor, @NotNull UUID applicationId, @NotNull UUID delegationId,
    @NotNull GrantOutcome outcome, @PositiveOrZero Long amountKronor,
    @NotNull @Size(max = 20) List<@NotBlank @Size(max = 1000) String> conditions,
    @NotBlank @Size(max = 4000) String reasons, @Valid ReferralDetails referral,
    @NotNull @Size(max = 20) List<@NotBlank @Size(max = 200) String> participants,
    @NotNull @Size(max = 20) List<@NotNull @Valid DissentDetails> dissents, @Positive Long expectedVersion) {

  /** A decision without dissenting opinions. */
  public DecideGrantCommand(Actor actor, UUID applicationId, UUID delegationId, GrantOutcome outcome,
      Long amountKronor, List<String> conditions, String reasons, ReferralDetails referral,
      List<String> participants, Long expectedVersion) {
    this(actor, applicationId, delegationId, outcome, amountKronor, conditions, reasons, referral, participants,
        List.of(), expectedVersion);
  }
}
