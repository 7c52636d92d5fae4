package se.psi.core.plan.domain;

import java.time.LocalDate;
import se.psi.core.meeting.domain.MeetingId;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;

/** What happens to the operational plan and its activity lists. */
public sealed interface PlanEvent extends DomainEvent {

  /** MTG-1: a general meeting adopted the operational plan. */
  record OperationalPlanAdopted(EventMeta meta, OperationalPlanId planId, MeetingId meetingId, LocalDate adoptedOn)
      implements PlanEvent {
    @Override
    public String aggregateType() {
      return OperationalPlan.TYPE;
    }

    @Override
    public String aggregateId() {
      return planId.toString();
    }
  }

  /** ACT-1: an operational plan for the years {@code fromYear} to {@code toYear} was drafted. */
  record OperationalPlanDrafted(EventMeta meta, OperationalPlanId planId, int fromYear, int toYear)
      implements PlanEvent {
    @Override
    public String aggregateType() {
      return OperationalPlan.TYPE;
    }

    @Override
    public String aggregateId() {
      return planId.toString();
    }
  }

  /** ACT-1: an activity was added to the year's list, under a goal of {@code planId}. */
  record ActivityAdded(EventMeta meta, int year, PlannedActivityId activityId, OperationalPlanId planId)
      implements PlanEvent {
    @Override
    public String aggregateType() {
      return ActivityList.TYPE;
    }

    @Override
    public String aggregateId() {
      return Integer.toString(year);
    }
  }

  /** ACT-2: an activity of the year was followed up. */
  record ActivityFollowedUp(EventMeta meta, int year, PlannedActivityId activityId, ActivityStatus status) implements PlanEvent {
    @Override
    public String aggregateType() {
      return ActivityList.TYPE;
    }

    @Override
    public String aggregateId() {
      return Integer.toString(year);
    }
  }
}
