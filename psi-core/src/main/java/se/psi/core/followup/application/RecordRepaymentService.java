package se.psi.core.followup.application;

import static se.psi.core.followup.port.in.FollowUpPermissions.RECORD_REPAYMENT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import se.psi.core.followup.domain.FollowUpEvent.RepaymentReceived;
import se.psi.core.followup.domain.GrantFollowUp;
import se.psi.core.followup.port.in.RecordRepaymentCommand;
import se.psi.core.followup.port.in.RecordRepaymentUseCase;
import se.psi.core.grant.domain.GrantScheme;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Sek;

/** GRA-17: a claim was repaid; the scheme year's figures count it in the same unit of work. */
final class RecordRepaymentService implements RecordRepaymentUseCase {

  private final FollowUpChanges followUps;

  @Inject
  RecordRepaymentService(FollowUpChanges followUps) {
    this.followUps = followUps;
  }

  @Override
  public Either<Rejection, GrantFollowUp> recordRepayment(RecordRepaymentCommand c) {
    List<GrantScheme> counted = new ArrayList<>();
    return followUps.changes.change(RECORD_REPAYMENT, followUps.followUps, c.applicationId(), c.expectedVersion(),
        c.actor(), c, (followUp, today) -> followUps.scheme(followUp).flatMap(scheme -> followUp
            .recordRepayment(c.claimId(), today.date(), today.eventMeta())
            .peek(repaid -> repaid.events().stream().filter(RepaymentReceived.class::isInstance)
                .map(RepaymentReceived.class::cast)
                .forEach(received -> counted.add(scheme.repay(Sek.of(received.amountKronor())))))),
        (repaid, today) -> counted.forEach(followUps::save));
  }
}
