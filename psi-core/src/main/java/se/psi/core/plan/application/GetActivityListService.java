package se.psi.core.plan.application;

import static se.psi.core.plan.port.in.PlanPermissions.READ_PLANS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.plan.domain.ActivityList;
import se.psi.core.plan.domain.ActivityListId;
import se.psi.core.plan.port.in.GetActivityListUseCase;
import se.psi.core.plan.port.in.YearQuery;
import se.psi.core.plan.port.out.ActivityLists;
import se.psi.core.rules.Rejection;

/** A year's activity list; the lists are published. */
final class GetActivityListService implements GetActivityListUseCase {

  private final Changes changes;
  private final Aggregates<ActivityList, ActivityListId> lists;

  @Inject
  GetActivityListService(Changes changes, ActivityLists lists) {
    this.changes = changes;
    this.lists = PlanAggregates.lists(lists);
  }

  @Override
  public Either<Rejection, ActivityList> getActivityList(YearQuery query) {
    return changes.getByKey(READ_PLANS, lists, new ActivityListId(query.year()), query.actor(), query);
  }
}
