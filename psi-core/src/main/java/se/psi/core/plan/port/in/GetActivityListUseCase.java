package se.psi.core.plan.port.in;

import io.vavr.control.Either;
import se.psi.core.plan.domain.ActivityList;
import se.psi.core.rules.Rejection;

/** A year's activity list, with its version; public. */
public interface GetActivityListUseCase {

  Either<Rejection, ActivityList> getActivityList(YearQuery query);
}
