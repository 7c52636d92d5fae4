package se.psi.core.followup.application;

import static se.psi.core.followup.port.in.FollowUpPermissions.DECIDE_PROJECT_CHANGE;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.followup.domain.GrantFollowUp;
import se.psi.core.followup.domain.ProjectChange;
import se.psi.core.followup.port.in.DecideProjectChangeCommand;
import se.psi.core.followup.port.in.DecideProjectChangeUseCase;
import se.psi.core.rules.Rejection;

/** GRA-17: the Region approves or refuses a change to the project, with its reasons. */
final class DecideProjectChangeService implements DecideProjectChangeUseCase {

  private final FollowUpChanges followUps;

  @Inject
  DecideProjectChangeService(FollowUpChanges followUps) {
    this.followUps = followUps;
  }

  @Override
  public Either<Rejection, GrantFollowUp> decideProjectChange(DecideProjectChangeCommand c) {
    return followUps.changes.change(DECIDE_PROJECT_CHANGE, followUps.followUps, c.applicationId(),
        c.expectedVersion(), c.actor(), c, (followUp, today) -> followUp.decideChange(c.changeId(),
            new ProjectChange.Decision(c.approved(), c.reasons().strip(), c.actor().personId(), today.date()),
            today.eventMeta()));
  }
}
