package se.psi.core.followup.application;

import static se.psi.core.followup.port.in.FollowUpPermissions.REQUEST_PROJECT_CHANGE;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.followup.domain.GrantFollowUp;
import se.psi.core.followup.port.in.RequestProjectChangeCommand;
import se.psi.core.followup.port.in.RequestProjectChangeUseCase;
import se.psi.core.rules.Rejection;

/** GRA-17: the grantee asks to change the project; it takes effect once the Region approves it. */
final class RequestProjectChangeService implements RequestProjectChangeUseCase {

  private final FollowUpChanges followUps;

  @Inject
  RequestProjectChangeService(FollowUpChanges followUps) {
    this.followUps = followUps;
  }

  @Override
  public Either<Rejection, GrantFollowUp> requestProjectChange(RequestProjectChangeCommand c) {
    return followUps.changes.change(REQUEST_PROJECT_CHANGE, followUps.followUps, c.applicationId(),
        c.expectedVersion(), c.actor(), c, (followUp, today) -> followUp.requestChange(today.newId(),
            c.description().strip(), c.actor().personId(), today.date(), today.eventMeta()));
  }
}
