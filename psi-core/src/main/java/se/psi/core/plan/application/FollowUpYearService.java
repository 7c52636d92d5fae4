package se.psi.core.plan.application;

import static se.psi.core.plan.port.in.PlanPermissions.FOLLOW_UP_YEAR;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Year;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.application.Found;
import se.psi.core.meeting.domain.Coverage;
import se.psi.core.meeting.domain.YearTargets;
import se.psi.core.meeting.port.out.Meetings;
import se.psi.core.membership.domain.ApplicationCounts;
import se.psi.core.membership.port.out.MembershipApplications;
import se.psi.core.plan.domain.ActivityList;
import se.psi.core.plan.domain.ActivityListId;
import se.psi.core.plan.domain.FollowUp;
import se.psi.core.plan.domain.OperationalPlan;
import se.psi.core.plan.port.in.FollowUpYearUseCase;
import se.psi.core.plan.port.in.YearQuery;
import se.psi.core.plan.port.out.ActivityLists;
import se.psi.core.plan.port.out.OperationalPlans;
import se.psi.core.rules.Rejection;

/**
 * ACT-2: the year's list under its plan, the year's meetings against the targets of the ruleset in force on the
 * year's first day (MTG-1, MTG-2, MTG-4), and the year's membership applications.
 */
final class FollowUpYearService implements FollowUpYearUseCase {

  private final Changes changes;
  private final Aggregates<ActivityList, ActivityListId> lists;
  private final OperationalPlans plans;
  private final Meetings meetings;
  private final MembershipApplications applications;

  @Inject
  FollowUpYearService(Changes changes, ActivityLists lists, OperationalPlans plans, Meetings meetings,
      MembershipApplications applications) {
    this.changes = changes;
    this.lists = PlanAggregates.lists(lists);
    this.plans = plans;
    this.meetings = meetings;
    this.applications = applications;
  }

  @Override
  public Either<Rejection, FollowUp> followUpYear(YearQuery query) {
    Year year = Year.of(query.year());
    return changes.getByKey(FOLLOW_UP_YEAR, lists, new ActivityListId(query.year()), query.actor(), query)
        .flatMap(list -> Found.orNotFound(plans.find(list.plan()), OperationalPlan.TYPE, list.plan())
            .flatMap(plan -> changes.today().ruleSetOn(year.atDay(1)).map(ruleSet -> {
              var ofYear = meetings.inYear(year);
              return FollowUp.of(plan, list, YearTargets.of(year, ofYear, ruleSet), Coverage.of(year, ofYear),
                  ApplicationCounts.of(query.year(), applications.countByStatus(year)));
            })));
  }
}
