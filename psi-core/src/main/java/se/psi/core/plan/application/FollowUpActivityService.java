package se.psi.core.plan.application;

import static se.psi.core.plan.port.in.PlanPermissions.MANAGE_PLANS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.Optional;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.plan.domain.ActivityList;
import se.psi.core.plan.domain.ActivityListId;
import se.psi.core.plan.domain.PlannedActivityId;
import se.psi.core.plan.port.in.FollowUpActivityCommand;
import se.psi.core.plan.port.in.FollowUpActivityUseCase;
import se.psi.core.plan.port.out.ActivityLists;
import se.psi.core.rules.Rejection;

/** ACT-2: an activity's outcome is recorded on the year's list, at the version the caller read. */
final class FollowUpActivityService implements FollowUpActivityUseCase {

  private final Changes changes;
  private final Aggregates<ActivityList, ActivityListId> lists;

  @Inject
  FollowUpActivityService(Changes changes, ActivityLists lists) {
    this.changes = changes;
    this.lists = PlanAggregates.lists(lists);
  }

  @Override
  public Either<Rejection, ActivityList> followUpActivity(FollowUpActivityCommand c) {
    return changes.changeByKey(MANAGE_PLANS, lists, new ActivityListId(c.year()), c.expectedVersion(), c.actor(), c,
        (list, today) -> list.followUp(new PlannedActivityId(c.activityId()), c.status(),
            Optional.ofNullable(c.achievedCount()), Optional.ofNullable(c.note()).orElse("").strip(),
            today.eventMeta()));
  }
}
