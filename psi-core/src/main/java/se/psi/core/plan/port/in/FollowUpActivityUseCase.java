package se.psi.core.plan.port.in;

import io.vavr.control.Either;
import se.psi.core.plan.domain.ActivityList;
import se.psi.core.rules.Rejection;

/** ACT-2: records status, outcome and a note for an activity. */
public interface FollowUpActivityUseCase {

  Either<Rejection, ActivityList> followUpActivity(FollowUpActivityCommand command);
}
