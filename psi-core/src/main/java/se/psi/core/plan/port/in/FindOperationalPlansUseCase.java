package se.psi.core.plan.port.in;

import io.vavr.control.Either;
import java.util.List;
import se.psi.core.plan.domain.OperationalPlan;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;

/** The operational plans, oldest period first; public. */
public interface FindOperationalPlansUseCase {

  Either<Rejection, List<OperationalPlan>> findOperationalPlans(Actor actor);
}
