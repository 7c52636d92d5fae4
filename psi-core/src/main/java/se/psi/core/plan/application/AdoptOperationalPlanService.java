package se.psi.core.plan.application;

import static se.psi.core.plan.port.in.PlanPermissions.MANAGE_PLANS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.application.Found;
import se.psi.core.meeting.domain.MeetingId;
import se.psi.core.meeting.port.out.Meetings;
import se.psi.core.plan.domain.OperationalPlan;
import se.psi.core.plan.domain.OperationalPlanId;
import se.psi.core.plan.port.in.AdoptOperationalPlanCommand;
import se.psi.core.plan.port.in.AdoptOperationalPlanUseCase;
import se.psi.core.plan.port.out.OperationalPlans;
import se.psi.core.rules.Rejection;

/** MTG-1: the plan is adopted under the ruleset in force on the day the general meeting was held. */
final class AdoptOperationalPlanService implements AdoptOperationalPlanUseCase {

  private final Changes changes;
  private final Aggregates<OperationalPlan, OperationalPlanId> plans;
  private final Meetings meetings;

  @Inject
  AdoptOperationalPlanService(Changes changes, OperationalPlans plans, Meetings meetings) {
    this.changes = changes;
    this.plans = PlanAggregates.plans(plans);
    this.meetings = meetings;
  }

  @Override
  public Either<Rejection, OperationalPlan> adoptOperationalPlan(AdoptOperationalPlanCommand c) {
    return changes.change(MANAGE_PLANS, plans, c.planId(), c.expectedVersion(), c.actor(), c, (plan, today) ->
        Found.orNotFound(meetings.find(new MeetingId(c.meetingId())), "Meeting", c.meetingId())
            .flatMap(meeting -> today.ruleSetOn(meeting.date())
                .flatMap(ruleSet -> plan.adoptAt(meeting, ruleSet, today.eventMeta()))));
  }
}
