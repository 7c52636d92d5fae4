package se.psi.core.followup.application;

import static se.psi.core.followup.port.in.FollowUpPermissions.CLAIM_REPAYMENT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.Optional;
import se.psi.core.followup.domain.GrantFollowUp;
import se.psi.core.followup.domain.RepaymentClaim;
import se.psi.core.followup.port.in.ClaimRepaymentCommand;
import se.psi.core.followup.port.in.ClaimRepaymentUseCase;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Sek;

/** GRA-17: the Region claims back money unused or not used as granted, never more than was paid. */
final class ClaimRepaymentService implements ClaimRepaymentUseCase {

  private final FollowUpChanges followUps;

  @Inject
  ClaimRepaymentService(FollowUpChanges followUps) {
    this.followUps = followUps;
  }

  @Override
  public Either<Rejection, GrantFollowUp> claimRepayment(ClaimRepaymentCommand c) {
    return followUps.changes.change(CLAIM_REPAYMENT, followUps.followUps, c.applicationId(), c.expectedVersion(),
        c.actor(), c, (followUp, today) -> today.ruleSet().flatMap(ruleSet -> followUp.claim(new RepaymentClaim(
            today.newId(), Sek.of(c.amountKronor()), c.reason(), c.grounds().strip(), c.actor().personId(),
            today.date(), Optional.empty()), ruleSet, today.eventMeta())));
  }
}
