package se.psi.core.plan.port.in;

import io.vavr.control.Either;
import se.psi.core.plan.domain.FollowUp;
import se.psi.core.rules.Rejection;

/** ACT-2: the year's targets against outcomes, per goal and activity, with meetings and coverage. */
public interface FollowUpYearUseCase {

  Either<Rejection, FollowUp> followUpYear(YearQuery query);
}
