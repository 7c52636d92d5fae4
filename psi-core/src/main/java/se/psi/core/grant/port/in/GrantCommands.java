package se.psi.core.grant.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.psi.core.grant.domain.GrantValues.Criterion;
import se.psi.core.grant.domain.GrantValues.GrantOutcome;
import se.psi.core.grant.domain.GrantValues.Judged;
import se.psi.core.grant.domain.GrantValues.MemberRole;
import se.psi.core.shared.Referral;
import se.psi.core.membership.port.in.OrganisationDetails;
import se.psi.core.shared.Actor;
import se.psi.core.shared.OrganisationNumberFormat;

/** The commands of a grant case, from draft to decision. */
public final class GrantCommands {

  private GrantCommands() {}

  /** The applicant organisation starts a draft in the scheme of a year. */
  public record DraftGrantApplicationCommand(@NotNull Actor actor, @Min(2000) @Max(2100) int schemeYear,
      @NotNull @Valid OrganisationDetails applicant, @NotNull @Valid ProjectDetails project) {}

  /** The applicant revises the description (while drafting, or when asked to complete it). */
  public record ReviseGrantApplicationCommand(@NotNull Actor actor, @NotNull UUID applicationId,
      @NotNull @Valid ProjectDetails project, @Positive Long expectedVersion) {}

  /** Submit, resubmit, withdraw or read one application. */
  public record GrantApplicationCommand(@NotNull Actor actor, @NotNull UUID applicationId,
      @Positive Long expectedVersion) {}

  /** GRA-4: a member of the handling group as given. */
  public record MemberDetails(@NotBlank @Size(max = 200) String personId, @NotNull MemberRole role,
      @NotBlank @OrganisationNumberFormat String organisationNumber) {}

  /** GRA-4: the handling group starts the assessment. */
  public record StartAssessmentCommand(@NotNull Actor actor, @NotNull UUID applicationId,
      @NotEmpty @Size(max = 12) List<@Valid @NotNull MemberDetails> members, @Positive Long expectedVersion) {}

  /** GRA-4, GRA-7: a member joins the handling group during the assessment; jäv is checked for the group again. */
  public record JoinHandlingGroupCommand(@NotNull Actor actor, @NotNull UUID applicationId,
      @NotNull @Valid MemberDetails member, @Positive Long expectedVersion) {}

  /**
   * GRA-7: the acting person's declaration on jäv before taking part: {@code conflict} false declares that there is
   * none, true declares a conflict with its {@code reason}. A handling-group member judges only after declaring.
   */
  public record ConflictDeclarationCommand(@NotNull Actor actor, @NotNull UUID applicationId,
      @NotNull Boolean conflict, @Size(max = 4000) String reason, @Positive Long expectedVersion) {

    /** A declared conflict gives its reason. */
    @AssertTrue(message = "{grant.gra7.reasonForConflict}")
    public boolean isReasonGivenForAConflict() {
      return !Boolean.TRUE.equals(conflict) || reason != null && !reason.isBlank();
    }
  }

  /** GRA-3: the acting member judges a criterion, with reasoning. */
  public record JudgeCriterionCommand(@NotNull Actor actor, @NotNull UUID applicationId, @NotNull Criterion criterion,
      @NotNull Judged verdict, @NotBlank @Size(max = 4000) String reasoning, @Positive Long expectedVersion) {}

  /**
   * A note of the assessment: the acting member's declaration of jäv (GRA-7), a meeting with the applicant on
   * {@code date} (GRA-4), or a request for completion (GRA-6), as the use case says.
   */
  public record AssessmentNoteCommand(@NotNull Actor actor, @NotNull UUID applicationId,
      @NotBlank @Size(max = 4000) String text, LocalDate date, @Positive Long expectedVersion) {}

  /** GRA-6, ADV-2: a referral as given. */
  public record ReferralDetails(@NotBlank @Size(max = 200) String to, @NotNull Referral.Kind kind,
      @NotBlank @Size(max = 2000) String why) {}

  /** GRA-4: the acting member, as presenter (föredragande), drafts the proposal. */
  public record ProposalCommand(@NotNull Actor actor, @NotNull UUID applicationId, @NotNull GrantOutcome outcome,
      @PositiveOrZero Long amountKronor, @NotNull @Size(max = 20) List<@NotBlank @Size(max = 1000) String> conditions,
      @NotBlank @Size(max = 4000) String reasons, @Valid ReferralDetails referral, @Positive Long expectedVersion) {}

  /** GRA-5: the acting delegated decider decides, on the delegation named, with those who took part. */
  public record DecideGrantCommand(@NotNull Actor actor, @NotNull UUID applicationId, @NotNull UUID delegationId,
      @NotNull GrantOutcome outcome, @PositiveOrZero Long amountKronor,
      @NotNull @Size(max = 20) List<@NotBlank @Size(max = 1000) String> conditions,
      @NotBlank @Size(max = 4000) String reasons, @Valid ReferralDetails referral,
      @NotNull @Size(max = 20) List<@NotBlank @Size(max = 200) String> participants, @Positive Long expectedVersion) {}

  /** A period of decisions, or a scheme year. */
  public record GrantPeriodQuery(@NotNull Actor actor, @NotNull LocalDate from, @NotNull LocalDate to) {}
}
