package se.psi.core.followup.application;

import static se.psi.core.followup.port.in.FollowUpPermissions.REQUEST_PAYOUT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import se.psi.core.followup.domain.GrantFollowUp;
import se.psi.core.followup.port.in.RequestPayoutCommand;
import se.psi.core.followup.port.in.RequestPayoutUseCase;
import se.psi.core.grant.domain.GrantScheme;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Sek;

/**
 * GRA-17: a payout request signed by an authorised signatory is paid within what was granted, and the scheme year's
 * figures count it in the same unit of work: two requests that race are each checked against the other's payout,
 * or refused as a concurrent change.
 */
final class RequestPayoutService implements RequestPayoutUseCase {

  private final FollowUpChanges followUps;

  @Inject
  RequestPayoutService(FollowUpChanges followUps) {
    this.followUps = followUps;
  }

  @Override
  public Either<Rejection, GrantFollowUp> requestPayout(RequestPayoutCommand c) {
    // The amount is read inside the change, after the command is validated: a missing one is refused, not thrown.
    List<GrantScheme> charged = new ArrayList<>();
    return followUps.changes.change(REQUEST_PAYOUT, followUps.followUps, c.applicationId(), c.expectedVersion(),
        c.actor(), c, (followUp, today) -> today.ruleSet().flatMap(ruleSet -> followUps.scheme(followUp)
            .flatMap(scheme -> followUp.pay(today.newId(), Sek.of(c.amountKronor()), c.actor().personId(), ruleSet,
                today.date(), today.eventMeta()).peek(paid -> charged.add(scheme.pay(Sek.of(c.amountKronor())))))),
        (paid, today) -> charged.forEach(followUps::save));
  }
}
