package se.psi.core.plan.port.in;

import io.vavr.control.Either;
import se.psi.core.plan.domain.OperationalPlan;
import se.psi.core.rules.Rejection;

/** ACT-1: the working committee drafts an operational plan with its goals (AU-5). */
public interface CreateOperationalPlanUseCase {

  Either<Rejection, OperationalPlan> createOperationalPlan(CreateOperationalPlanCommand command);
}
