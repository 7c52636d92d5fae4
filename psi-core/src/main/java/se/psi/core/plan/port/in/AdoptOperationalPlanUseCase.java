package se.psi.core.plan.port.in;

import io.vavr.control.Either;
import se.psi.core.plan.domain.OperationalPlan;
import se.psi.core.rules.Rejection;

/** MTG-1: a held general meeting adopted the plan. */
public interface AdoptOperationalPlanUseCase {

  Either<Rejection, OperationalPlan> adoptOperationalPlan(AdoptOperationalPlanCommand command);
}
