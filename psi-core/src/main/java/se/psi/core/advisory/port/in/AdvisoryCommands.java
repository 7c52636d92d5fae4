package se.psi.core.advisory.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import se.psi.core.advisory.domain.AdvisoryCase.OutcomeKind;
import se.psi.core.shared.Actor;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.OrganisationNumberFormat;
import se.psi.core.shared.Referral;

/** The commands of advisory cases (ADV-1..3). */
public final class AdvisoryCommands {

  private AdvisoryCommands() {}

  /** ADV-3: who referred the organisation here, and why. */
  public record IncomingReferralDetails(@NotBlank @Size(max = 200) String from,
      @NotBlank @Size(max = 2000) String why) {}

  /** ADV-1: opens a case for an organisation with an idea. */
  public record OpenAdvisoryCaseCommand(@NotNull Actor actor, @NotBlank @Size(max = 200) String organisationName,
      @OrganisationNumberFormat String organisationNumber, @NotNull OrganisationKind organisationKind,
      @NotBlank @Size(max = 4000) String idea, @NotBlank @Size(max = 2000) String challenge, UUID fromIdea,
      @Valid IncomingReferralDetails referredFrom,
      @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 200) String> advisers) {}

  /** A referral as given (ADV-2). */
  public record ReferralDetails(@NotBlank @Size(max = 200) String to, @NotNull Referral.Kind kind,
      @NotBlank @Size(max = 2000) String why) {}

  /** What the advice came to; {@code close} ends the case. */
  public record RecordAdvisoryOutcomeCommand(@NotNull Actor actor, @NotNull UUID caseId, @NotNull OutcomeKind kind,
      @NotNull @Size(max = 4000) String note, @Valid ReferralDetails referral, boolean close,
      @Positive Long expectedVersion) {}
}
