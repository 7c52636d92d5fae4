package se.psi.core.plan.domain;

import java.util.ArrayList;
import java.util.List;
import se.psi.core.meeting.domain.Coverage;
import se.psi.core.membership.domain.ApplicationCounts;
import se.psi.core.meeting.domain.YearTargets;
import se.psi.core.rules.Explanation;
import se.psi.core.rules.Rules;
import se.psi.core.rules.Verdict;

/**
 * ACT-2: the year's follow-up, targets against outcomes per goal and activity, with the meetings against their
 * targets and the county's coverage; a value a frontend can chart.
 *
 * @param goals per goal of the plan, its activities followed up
 * @param meetings the year's meetings against the targets of that year's ruleset (MTG-1, MTG-2, MTG-4)
 * @param coverage where in the county the activities took place (MTG-4)
 * @param membershipApplications the year's membership applications by where they stand (MEM-3)
 * @param explanation ACT-2's verdict on every activity, then the meeting targets
 */
public record FollowUp(int year, List<GoalFollowUp> goals, YearTargets meetings, Coverage coverage,
    ApplicationCounts membershipApplications, Explanation explanation) {

  /** One goal and its activities. */
  public record GoalFollowUp(Goal goal, List<ActivityFollowUp> activities) {}

  /** One activity: its target, what was achieved, and ACT-2's verdict. */
  public record ActivityFollowUp(PlannedActivity activity, Verdict verdict) {}

  public static FollowUp of(OperationalPlan plan, ActivityList list, YearTargets meetings, Coverage coverage,
      ApplicationCounts membershipApplications) {
    List<PlannedActivity> inGoalOrder = new ArrayList<>();
    for (Goal goal : plan.goals()) {
      list.activities().stream().filter(activity -> activity.goal() == goal.number()).forEach(inGoalOrder::add);
    }
    Explanation year = meetings.explanation();
    Explanation activities = Rules.explainUnder(year.rulesetVersion(), PlanRules.FOLLOW_UP, inGoalOrder,
        year.decisionDate());
    List<GoalFollowUp> goals = new ArrayList<>();
    int evaluated = 0;
    for (Goal goal : plan.goals()) {
      List<ActivityFollowUp> followedUp = new ArrayList<>();
      for (PlannedActivity activity : list.activities()) {
        if (activity.goal() == goal.number()) {
          followedUp.add(new ActivityFollowUp(activity, activities.evaluations().get(evaluated++).verdict()));
        }
      }
      goals.add(new GoalFollowUp(goal, followedUp));
    }
    return new FollowUp(list.year(), goals, meetings, coverage, membershipApplications,
        activities.and(year.evaluations()));
  }
}
