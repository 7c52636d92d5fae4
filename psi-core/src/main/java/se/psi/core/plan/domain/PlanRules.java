package se.psi.core.plan.domain;

import java.util.ArrayList;
import java.util.List;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.meeting.domain.MeetingFormat;
import se.psi.core.meeting.domain.MeetingStatus;
import se.psi.core.rules.Evaluation;
import se.psi.core.rules.Rule;
import se.psi.core.rules.Verdicts;

/** The rules of the operational plan, the yearly activity list and its follow-up. */
public final class PlanRules {

  /** ACT-1's facts: an activity about to be added to a year's list under the operational plan. */
  public record Adding(int year, PlannedActivity activity, OperationalPlan plan) {}

  /** MTG-1: the operational plan is adopted by a general meeting that has been held. */
  public static final Rule<Meeting> MTG_1_ADOPTION = Rule.of("MTG-1", (meeting, ruleSet, is) ->
      meeting.format() == MeetingFormat.GENERAL_MEETING && meeting.status() == MeetingStatus.HELD
          ? is.met("plan.adoptedAtGeneralMeeting")
          : is.notMet("meetingId", "plan.adoptedByGeneralMeeting", meeting.format(), meeting.status()));

  /** ACT-1: an activity belongs under a goal of the plan, and the plan covers the year; every problem named. */
  public static final Rule<Adding> ACT_1 = Rule.each("ACT-1", (adding, ruleSet, is) -> {
    OperationalPlan plan = adding.plan();
    List<Evaluation> problems = new ArrayList<>();
    if (!plan.covers(adding.year())) {
      problems.add(is.notMet("year", "plan.yearOutsidePlan", adding.year(), plan.fromYear(), plan.toYear()));
    }
    if (plan.goal(adding.activity().goal()).isEmpty()) {
      problems.add(is.notMet("goal", "plan.unknownGoal", adding.activity().goal(), plan.goals().size()));
    }
    return problems.isEmpty() ? List.of(is.met("plan.activityUnderPlan")) : problems;
  });

  /**
   * ACT-2: each activity followed up, in the order given: a countable target is met when reached; one in words
   * when the activity is done.
   */
  public static final Rule<List<PlannedActivity>> ACT_2 = Rule.each("ACT-2", (activities, ruleSet, is) -> {
    List<Evaluation> evaluations = new ArrayList<>(activities.size());
    for (PlannedActivity activity : activities) {
      evaluations.add(followedUp(activity, is));
    }
    return evaluations;
  });

  /** The adoption of an operational plan. */
  public static final List<Rule<Meeting>> ADOPTION = List.of(MTG_1_ADOPTION);

  /** An activity added to a year's list. */
  public static final List<Rule<Adding>> ADDING_AN_ACTIVITY = List.of(ACT_1);

  /** The year's follow-up of its activities. */
  public static final List<Rule<List<PlannedActivity>>> FOLLOW_UP = List.of(ACT_2);

  /** Every rule of the plan feature, for the catalogue. */
  public static final List<Rule<?>> EVERY = List.of(MTG_1_ADOPTION, ACT_1, ACT_2);

  private PlanRules() {}

  private static Evaluation followedUp(PlannedActivity activity, Verdicts is) {
    if (activity.targetCount().isPresent()) {
      int target = activity.targetCount().get();
      int achieved = activity.achievedCount().orElse(0);
      return achieved >= target
          ? is.met("plan.activity.countMet", activity.title(), achieved, target)
          : is.notMet("", "plan.activity.countNotMet", activity.title(), achieved, target);
    }
    return switch (activity.status()) {
      case DONE -> is.met("plan.activity.done", activity.title());
      case CANCELLED -> is.notMet("", "plan.activity.cancelled", activity.title());
      default -> is.needsJudgement("plan.activity.inProgress", activity.title(), activity.status());
    };
  }
}
