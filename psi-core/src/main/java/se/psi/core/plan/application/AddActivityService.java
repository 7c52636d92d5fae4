package se.psi.core.plan.application;

import static se.psi.core.plan.port.in.PlanPermissions.MANAGE_PLANS;

import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import java.time.Year;
import java.util.Optional;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.application.Found;
import se.psi.core.plan.domain.ActivityList;
import se.psi.core.plan.domain.ActivityListId;
import se.psi.core.plan.domain.OperationalPlan;
import se.psi.core.plan.domain.OperationalPlanId;
import se.psi.core.plan.domain.PlannedActivity;
import se.psi.core.plan.domain.PlannedActivityId;
import se.psi.core.plan.port.in.AddActivityCommand;
import se.psi.core.plan.port.in.AddActivityUseCase;
import se.psi.core.plan.port.out.ActivityLists;
import se.psi.core.plan.port.out.OperationalPlans;
import se.psi.core.rules.Rejection;

/** ACT-1: the year's list is started by its first activity, under the ruleset in force on the year's first day. */
final class AddActivityService implements AddActivityUseCase {

  private final Changes changes;
  private final ActivityLists lists;
  private final OperationalPlans plans;

  @Inject
  AddActivityService(Changes changes, ActivityLists lists, OperationalPlans plans) {
    this.changes = changes;
    this.lists = lists;
    this.plans = plans;
  }

  @Override
  public Either<Rejection, ActivityList> addActivity(AddActivityCommand c) {
    return changes.changeByKey(MANAGE_PLANS, startedUnderItsPlan(c), new ActivityListId(c.year()), null, c.actor(), c,
        (list, today) -> Found.orNotFound(plans.find(new OperationalPlanId(c.planId())), OperationalPlan.TYPE,
                c.planId())
            .flatMap(plan -> today.ruleSetOn(Year.of(c.year()).atDay(1)).flatMap(ruleSet -> list.add(
                PlannedActivity.planned(new PlannedActivityId(today.newId()), c.goal(), c.title().strip(),
                    c.responsible().strip(), Optional.ofNullable(c.targetCount()), c.targetDescription().strip()),
                plan, ruleSet.version(), today.eventMeta()))));
  }

  /** The year's list; before its first activity, the empty list it starts as under the command's plan. */
  private Aggregates<ActivityList, ActivityListId> startedUnderItsPlan(AddActivityCommand c) {
    return Aggregates.named(ActivityList.TYPE, id -> lists.find(id)
            .orElse(() -> Option.some(ActivityList.empty(id.year(), new OperationalPlanId(c.planId())))),
        lists::save, ActivityList::version);
  }
}
