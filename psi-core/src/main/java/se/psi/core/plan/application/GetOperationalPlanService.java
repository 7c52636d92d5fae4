package se.psi.core.plan.application;

import static se.psi.core.plan.port.in.PlanPermissions.READ_PLANS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.plan.domain.OperationalPlan;
import se.psi.core.plan.domain.OperationalPlanId;
import se.psi.core.plan.port.in.GetOperationalPlanUseCase;
import se.psi.core.plan.port.in.OperationalPlanQuery;
import se.psi.core.plan.port.out.OperationalPlans;
import se.psi.core.rules.Rejection;

/** One operational plan; plans are published, so anyone may read one. */
final class GetOperationalPlanService implements GetOperationalPlanUseCase {

  private final Changes changes;
  private final Aggregates<OperationalPlan, OperationalPlanId> plans;

  @Inject
  GetOperationalPlanService(Changes changes, OperationalPlans plans) {
    this.changes = changes;
    this.plans = PlanAggregates.plans(plans);
  }

  @Override
  public Either<Rejection, OperationalPlan> getOperationalPlan(OperationalPlanQuery query) {
    return changes.get(READ_PLANS, plans, query.planId(), query.actor(), query);
  }
}
