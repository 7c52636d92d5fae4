package se.psi.core.plan.domain;

import io.vavr.control.Either;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;
import se.psi.core.rules.Rules;
import se.psi.core.shared.Changed;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.PsiStyle;
import se.psi.core.rules.Rejection;

/** ACT-1: the year's list of concrete activities, each under a goal of the operational plan. */
@Value.Immutable
@PsiStyle
public abstract class ActivityList {

  /** The resource type as the audit log, refusals and events name it. */
  public static final String TYPE = "ActivityList";

  public abstract int year();

  public abstract OperationalPlanId plan();

  public abstract List<PlannedActivity> activities();

  /** 0 before the list is first saved. */
  public abstract long version();

  /** The list is named by its year. */
  public ActivityListId id() {
    return new ActivityListId(year());
  }

  /** The year's list before its first activity: version 0, saved with the first one. */
  public static ActivityList empty(int year, OperationalPlanId plan) {
    return ImmutableActivityList.builder().year(year).plan(plan).version(0).build();
  }

  /** ACT-1: an activity belongs under a goal of the plan, and the plan covers the year. */
  public Either<Rejection, Changed<ActivityList>> add(PlannedActivity activity, OperationalPlan operationalPlan,
      String rulesetVersion, Supplier<EventMeta> meta) {
    return Rules.requireUnder(rulesetVersion, PlanRules.ADDING_AN_ACTIVITY,
        new PlanRules.Adding(year(), activity, operationalPlan), Year.of(year()).atDay(1))
        .map(underPlan -> Changed.of(ImmutableActivityList.builder().from(this).addActivities(activity)
            .version(version() + 1).build(), List.of(new PlanEvent.ActivityAdded(meta.get(), year(), activity.id(),
            operationalPlan.id()))));
  }

  /** ACT-2: records an activity's status, what was achieved and a note; the event names the activity's status. */
  public Either<Rejection, Changed<ActivityList>> followUp(PlannedActivityId activity, ActivityStatus status,
      Optional<Integer> achieved, String note, Supplier<EventMeta> meta) {
    if (activities().stream().noneMatch(a -> a.id().equals(activity))) {
      return Either.left(new Rejection.NotFound("PlannedActivity", activity.toString()));
    }
    List<PlannedActivity> updated = activities().stream()
        .map(a -> a.id().equals(activity) ? a.followedUp(status, achieved, note) : a).toList();
    return Either.right(Changed.of(ImmutableActivityList.builder().from(this).activities(updated)
        .version(version() + 1).build(), List.of(new PlanEvent.ActivityFollowedUp(meta.get(), year(), activity,
            status))));
  }

  /** For adapters that read a list back from storage; a change goes through the methods above. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an activity list from stored state. */
  public static final class Builder extends ImmutableActivityList.Builder {}
}
