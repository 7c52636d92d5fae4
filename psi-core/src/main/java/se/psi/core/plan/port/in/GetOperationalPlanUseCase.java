package se.psi.core.plan.port.in;

import io.vavr.control.Either;
import se.psi.core.plan.domain.OperationalPlan;
import se.psi.core.rules.Rejection;

/** One operational plan, with its version; public. */
public interface GetOperationalPlanUseCase {

  Either<Rejection, OperationalPlan> getOperationalPlan(OperationalPlanQuery query);
}
