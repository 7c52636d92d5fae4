package se.psi.core.plan.domain;

import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;
import se.psi.core.rules.Rules;
import se.psi.core.shared.PsiStyle;
import se.psi.core.rules.Rejection;

/** ACT-1: the year's list of concrete activities, each under a goal of the operational plan. */
@Value.Immutable
@PsiStyle
public abstract class ActivityList {

  public abstract int year();

  public abstract OperationalPlanId plan();

  public abstract List<PlannedActivity> activities();

  /** 0 before the list is first saved. */
  public abstract long version();

  public static ActivityList empty(int year, OperationalPlanId plan) {
    return ImmutableActivityList.builder().year(year).plan(plan).version(0).build();
  }

  /** ACT-1: an activity belongs under a goal of the plan, and the plan covers the year. */
  public Either<Rejection, ActivityList> add(PlannedActivity activity, OperationalPlan operationalPlan,
      String rulesetVersion) {
    return Rules.requireUnder(rulesetVersion, PlanRules.ADDING_AN_ACTIVITY,
        new PlanRules.Adding(year(), activity, operationalPlan), java.time.Year.of(year()).atDay(1))
        .map(underPlan -> ImmutableActivityList.builder().from(this).addActivities(activity).version(version() + 1)
            .build());
  }

  /** ACT-2: records an activity's status, what was achieved and a note. */
  public Either<Rejection, ActivityList> followUp(UUID activity, ActivityStatus status, Optional<Integer> achieved,
      String note) {
    if (activities().stream().noneMatch(a -> a.id().equals(activity))) {
      return Either.left(new Rejection.NotFound("PlannedActivity", activity.toString()));
    }
    List<PlannedActivity> updated = activities().stream()
        .map(a -> a.id().equals(activity) ? a.followedUp(status, achieved, note) : a).toList();
    return Either.right(ImmutableActivityList.builder().from(this).activities(updated).version(version() + 1)
        .build());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an activity list from stored state. */
  public static final class Builder extends ImmutableActivityList.Builder {}
}
