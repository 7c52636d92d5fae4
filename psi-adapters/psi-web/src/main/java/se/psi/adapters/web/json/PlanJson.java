package se.psi.adapters.web.json;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.psi.adapters.web.Texts;
import se.psi.core.plan.domain.ActivityList;
import se.psi.core.plan.domain.ActivityStatus;
import se.psi.core.membership.domain.ApplicationCounts;
import se.psi.core.plan.domain.FollowUp;
import se.psi.core.plan.domain.Goal;
import se.psi.core.plan.domain.OperationalPlan;
import se.psi.core.plan.domain.PlannedActivity;
import se.psi.core.rules.Verdict;
import se.psi.adapters.web.json.MeetingJson.MeetingYearJson;

/** The operational plan, the yearly activity lists and their follow-up (ACT): requests and answers. */
public final class PlanJson {

  private PlanJson() {}

  /** The committee drafts an operational plan with its numbered goals (ACT-1). */
  public record OperationalPlanRequest(String title, int fromYear, int toYear, List<String> goals) {}

  /** A general meeting adopts the plan (ACT-1). */
  public record AdoptionRequest(UUID meetingId) {}

  /** An activity under one of the plan's goals, with a countable target or one in words. */
  public record ActivityRequest(UUID planId, int goal, String title, String responsible, Integer targetCount,
      String targetDescription) {}

  /** How an activity went (ACT-2). */
  public record FollowUpRequest(ActivityStatus status, Integer achievedCount, String note) {}

  public record PlanView(UUID id, String title, int fromYear, int toYear, List<Goal> goals, UUID adoptedBy,
      LocalDate adoptedOn, long version) {
    public static PlanView of(OperationalPlan plan) {
      return new PlanView(plan.id().value(), plan.title(), plan.fromYear(), plan.toYear(), plan.goals(),
          plan.adoptedBy().map(m -> m.value()).orElse(null), plan.adoptedOn().orElse(null), plan.version());
    }
  }

  public record ActivityJson(UUID id, int goal, String title, String responsible, Integer targetCount,
      String targetDescription, ActivityStatus status, Integer achievedCount, String note) {
    static ActivityJson of(PlannedActivity activity) {
      return new ActivityJson(activity.id().value(), activity.goal(), activity.title(), activity.responsible(),
          activity.targetCount().orElse(null), activity.targetDescription(), activity.status(),
          activity.achievedCount().orElse(null), activity.note());
    }
  }

  public record ActivityListView(int year, UUID planId, List<ActivityJson> activities, long version) {
    public static ActivityListView of(ActivityList list) {
      return new ActivityListView(list.year(), list.plan().value(),
          list.activities().stream().map(ActivityJson::of).toList(), list.version());
    }
  }

  public record ActivityFollowUpJson(ActivityJson activity, Verdict verdict) {}

  public record GoalFollowUpJson(Goal goal, List<ActivityFollowUpJson> activities) {}

  /**
   * ACT-2: the year followed up, goal by goal, with the meetings against their targets, the year's membership
   * applications by where they stand, and the explanation.
   */
  public record FollowUpView(int year, List<GoalFollowUpJson> goals, MeetingYearJson meetings,
      ApplicationCounts membershipApplications, ExplanationJson explanation) {
    public static FollowUpView of(FollowUp followUp, Texts texts) {
      return new FollowUpView(followUp.year(), followUp.goals().stream().map(g -> new GoalFollowUpJson(g.goal(),
          g.activities().stream().map(a -> new ActivityFollowUpJson(ActivityJson.of(a.activity()), a.verdict()))
              .toList())).toList(),
          MeetingYearJson.of(new se.psi.core.meeting.port.in.MeetingYear(followUp.meetings(), followUp.coverage()),
              texts),
          followUp.membershipApplications(), ExplanationJson.of(followUp.explanation(), texts));
    }
  }
}
