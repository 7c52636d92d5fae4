package se.psi.core.plan.application;

import se.psi.core.application.Aggregates;
import se.psi.core.plan.domain.ActivityList;
import se.psi.core.plan.domain.ActivityListId;
import se.psi.core.plan.domain.OperationalPlan;
import se.psi.core.plan.domain.OperationalPlanId;
import se.psi.core.plan.port.out.ActivityLists;
import se.psi.core.plan.port.out.OperationalPlans;

/** The plan feature's aggregates as the change skeleton reaches them: the partnership's, no organisation owns one. */
final class PlanAggregates {

  private PlanAggregates() {}

  static Aggregates<OperationalPlan, OperationalPlanId> plans(OperationalPlans plans) {
    return Aggregates.unowned(OperationalPlan.TYPE, OperationalPlanId::new, plans::find, plans::save,
        OperationalPlan::version);
  }

  static Aggregates<ActivityList, ActivityListId> lists(ActivityLists lists) {
    return Aggregates.named(ActivityList.TYPE, lists::find, lists::save, ActivityList::version);
  }
}
