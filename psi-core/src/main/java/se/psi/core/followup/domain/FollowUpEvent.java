package se.psi.core.followup.domain;

import java.time.LocalDate;
import java.util.UUID;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;

/** What happens to a grant after the decision (GRA-17): ids and facts only, never who signed or wrote. */
public sealed interface FollowUpEvent extends DomainEvent {

  /** The granted application the follow-up belongs to. */
  GrantApplicationId applicationId();

  @Override
  default String aggregateType() {
    return GrantFollowUp.TYPE;
  }

  @Override
  default String aggregateId() {
    return applicationId().toString();
  }

  /** GRA-17: the follow-up of a grant was opened with its terms. */
  record GrantFollowUpOpened(EventMeta meta, GrantApplicationId applicationId, int schemeYear, long grantedKronor,
      LocalDate reportDue) implements FollowUpEvent {}

  /** GRA-17: the grantee accepted the grant and its conditions, naming {@code signatories} signatories. */
  record GrantAccepted(EventMeta meta, GrantApplicationId applicationId, LocalDate acceptedOn, int signatories)
      implements FollowUpEvent {}

  /** GRA-17: money was paid out on a signed payout request; {@code paidKronor} is the total paid so far. */
  record GrantPaidOut(EventMeta meta, GrantApplicationId applicationId, UUID payoutId, int schemeYear,
      long amountKronor, long paidKronor) implements FollowUpEvent {}

  /** GRA-17: the grantee asked to change the project. */
  record ProjectChangeRequested(EventMeta meta, GrantApplicationId applicationId, UUID changeId)
      implements FollowUpEvent {}

  /** GRA-17: the Region approved or refused a change to the project. */
  record ProjectChangeDecided(EventMeta meta, GrantApplicationId applicationId, UUID changeId, boolean approved)
      implements FollowUpEvent {}

  /** GRA-17: the final report arrived; {@code unusedKronor} is what was paid and not spent. */
  record FinalReportSubmitted(EventMeta meta, GrantApplicationId applicationId, long spentKronor,
      long coFinancingKronor, long unusedKronor, boolean accountedAsGranted) implements FollowUpEvent {}

  /** GRA-17: the grantee was reminded of the final report due on {@code reportDue}. */
  record FinalReportReminded(EventMeta meta, GrantApplicationId applicationId, LocalDate reportDue, boolean overdue)
      implements FollowUpEvent {}

  /** GRA-17: money was claimed back (återkrav). */
  record RepaymentClaimed(EventMeta meta, GrantApplicationId applicationId, UUID claimId, int schemeYear,
      long amountKronor, RepaymentClaim.Reason reason) implements FollowUpEvent {}

  /** GRA-17: a claim was repaid; the scheme year's figures count it as repaid. */
  record RepaymentReceived(EventMeta meta, GrantApplicationId applicationId, UUID claimId, int schemeYear,
      long amountKronor) implements FollowUpEvent {}
}
