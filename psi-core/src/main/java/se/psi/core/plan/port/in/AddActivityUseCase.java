package se.psi.core.plan.port.in;

import io.vavr.control.Either;
import se.psi.core.plan.domain.ActivityList;
import se.psi.core.rules.Rejection;

/** ACT-1: adds an activity under a goal of the plan to the year's list. */
public interface AddActivityUseCase {

  Either<Rejection, ActivityList> addActivity(AddActivityCommand command);
}
