package se.psi.core.plan.application;

import static se.psi.core.plan.port.in.PlanPermissions.MANAGE_PLANS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.plan.domain.Goal;
import se.psi.core.plan.domain.OperationalPlan;
import se.psi.core.plan.domain.OperationalPlanId;
import se.psi.core.plan.port.in.CreateOperationalPlanCommand;
import se.psi.core.plan.port.in.CreateOperationalPlanUseCase;
import se.psi.core.plan.port.out.OperationalPlans;
import se.psi.core.rules.Rejection;

/** ACT-1: the goals are numbered in the order the committee gives them. */
final class CreateOperationalPlanService implements CreateOperationalPlanUseCase {

  private final Changes changes;
  private final Aggregates<OperationalPlan, OperationalPlanId> plans;

  @Inject
  CreateOperationalPlanService(Changes changes, OperationalPlans plans) {
    this.changes = changes;
    this.plans = PlanAggregates.plans(plans);
  }

  @Override
  public Either<Rejection, OperationalPlan> createOperationalPlan(CreateOperationalPlanCommand c) {
    return changes.create(MANAGE_PLANS, plans, c.actor(), c, OperationalPlan::id, today -> Either.right(
        OperationalPlan.draft(new OperationalPlanId(today.newId()), c.title().strip(), c.fromYear(), c.toYear(),
            Goal.numbered(c.goals().stream().map(String::strip).toList()), today.eventMeta())));
  }
}
