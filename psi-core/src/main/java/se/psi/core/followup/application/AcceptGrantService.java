package se.psi.core.followup.application;

import static se.psi.core.followup.port.in.FollowUpPermissions.ACCEPT_GRANT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.followup.domain.Acceptance;
import se.psi.core.followup.domain.GrantFollowUp;
import se.psi.core.followup.port.in.AcceptGrantCommand;
import se.psi.core.followup.port.in.AcceptGrantUseCase;
import se.psi.core.rules.Rejection;

/** GRA-17: the grantee accepts the grant and its conditions, naming its authorised signatories. */
final class AcceptGrantService implements AcceptGrantUseCase {

  private final FollowUpChanges followUps;

  @Inject
  AcceptGrantService(FollowUpChanges followUps) {
    this.followUps = followUps;
  }

  @Override
  public Either<Rejection, GrantFollowUp> acceptGrant(AcceptGrantCommand c) {
    return followUps.changes.change(ACCEPT_GRANT, followUps.followUps, c.applicationId(), c.expectedVersion(),
        c.actor(), c, (followUp, today) -> followUp.accept(new Acceptance(c.actor().personId(), today.date(),
            c.signatories().stream().map(String::strip).distinct().toList(), c.signatoryEvidence().strip()),
            today.eventMeta()));
  }
}
