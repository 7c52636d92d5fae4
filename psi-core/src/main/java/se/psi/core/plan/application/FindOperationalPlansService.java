package se.psi.core.plan.application;

import static se.psi.core.plan.port.in.PlanPermissions.READ_PLANS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import se.psi.core.plan.domain.OperationalPlan;
import se.psi.core.plan.port.in.FindOperationalPlansUseCase;
import se.psi.core.plan.port.out.OperationalPlans;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;

/** Every operational plan; they are published. */
final class FindOperationalPlansService implements FindOperationalPlansUseCase {

  private final OperationalPlans plans;

  @Inject
  FindOperationalPlansService(OperationalPlans plans) {
    this.plans = plans;
  }

  @Override
  public Either<Rejection, List<OperationalPlan>> findOperationalPlans(Actor actor) {
    return READ_PLANS.check(actor).map(ok -> plans.all());
  }
}
