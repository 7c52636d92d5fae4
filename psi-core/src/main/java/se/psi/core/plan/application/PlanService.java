package se.psi.core.plan.application;

import static se.psi.core.plan.port.in.PlanPermissions.FOLLOW_UP_YEAR;
import static se.psi.core.plan.port.in.PlanPermissions.MANAGE_PLANS;
import static se.psi.core.plan.port.in.PlanPermissions.READ_PLANS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import se.psi.core.meeting.domain.Coverage;
import se.psi.core.meeting.domain.MeetingId;
import se.psi.core.meeting.domain.YearTargets;
import se.psi.core.meeting.port.out.Meetings;
import se.psi.core.membership.domain.ApplicationCounts;
import se.psi.core.membership.port.out.MembershipApplications;
import se.psi.core.plan.domain.ActivityList;
import se.psi.core.plan.domain.ActivityStatus;
import se.psi.core.plan.domain.FollowUp;
import se.psi.core.plan.domain.Goal;
import se.psi.core.plan.domain.OperationalPlan;
import se.psi.core.plan.domain.OperationalPlanId;
import se.psi.core.plan.domain.PlanEvent;
import se.psi.core.plan.domain.PlannedActivity;
import se.psi.core.plan.port.in.ActivityCommand;
import se.psi.core.plan.port.in.AdoptOperationalPlanCommand;
import se.psi.core.plan.port.in.CreateOperationalPlanCommand;
import se.psi.core.plan.port.in.FollowUpActivityCommand;
import se.psi.core.plan.port.in.PlanUseCases;
import se.psi.core.plan.port.in.YearQuery;
import se.psi.core.plan.port.out.ActivityLists;
import se.psi.core.plan.port.out.OperationalPlans;
import se.psi.core.shared.Actor;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.IdSource;
import se.psi.core.application.Change;
import se.psi.core.application.Found;
import se.psi.core.rules.Rejection;
import se.psi.core.application.Today;
import se.psi.core.application.UseCaseBoundary;

/** The operational plan, activity lists and follow-up (ACT-1, ACT-2), planned and followed up by AU (AU-5). */
final class PlanService implements PlanUseCases.CreateOperationalPlanUseCase,
    PlanUseCases.AdoptOperationalPlanUseCase, PlanUseCases.FindOperationalPlansUseCase,
    PlanUseCases.AddActivityUseCase, PlanUseCases.FollowUpActivityUseCase, PlanUseCases.GetActivityListUseCase,
    PlanUseCases.FollowUpYearUseCase {

  private static final String PLAN = "OperationalPlan";
  private static final String LIST = "ActivityList";

  private final UseCaseBoundary boundary;
  private final OperationalPlans plans;
  private final ActivityLists lists;
  private final Meetings meetings;
  private final MembershipApplications applications;
  private final Today today;
  private final IdSource ids;
  private final Supplier<EventMeta> meta;

  @Inject
  PlanService(UseCaseBoundary boundary, OperationalPlans plans, ActivityLists lists, Meetings meetings,
      MembershipApplications applications, Today today, IdSource ids, Clock clock) {
    this.boundary = boundary;
    this.plans = plans;
    this.lists = lists;
    this.meetings = meetings;
    this.applications = applications;
    this.today = today;
    this.ids = ids;
    this.meta = EventMeta.source(ids, clock);
  }

  @Override
  public Either<Rejection, OperationalPlan> createOperationalPlan(CreateOperationalPlanCommand command) {
    return boundary.change("CreateOperationalPlan", PLAN, "", command.actor(), command, c ->
        MANAGE_PLANS.check(c.actor()).map(ok -> {
          List<Goal> goals = IntStream.range(0, c.goals().size())
              .mapToObj(i -> new Goal(i + 1, c.goals().get(i).strip())).toList();
          var plan = OperationalPlan.draft(new OperationalPlanId(ids.newId()), c.title().strip(), c.fromYear(),
              c.toYear(), goals);
          plans.save(plan);
          return Change.of(plan, plan.id().toString(), List.of());
        }));
  }

  @Override
  public Either<Rejection, OperationalPlan> adoptOperationalPlan(AdoptOperationalPlanCommand command) {
    return boundary.change("AdoptOperationalPlan", PLAN, Found.text(command.planId()), command.actor(), command,
        c -> MANAGE_PLANS.check(c.actor())
            .flatMap(ok -> plan(c.planId(), c.expectedVersion()))
            .flatMap(plan -> Found.orNotFound(meetings.find(new MeetingId(c.meetingId())), "Meeting", c.meetingId())
                .flatMap(meeting -> this.today.ruleSetOn(meeting.date()).flatMap(ruleSet -> plan.adoptAt(meeting, ruleSet))))
            .map(adopted -> {
              plans.save(adopted);
              return Change.of(adopted, adopted.id().toString(), List.of(new PlanEvent.OperationalPlanAdopted(
                  meta.get(), adopted.id(), adopted.adoptedBy().orElseThrow(), adopted.adoptedOn().orElseThrow())));
            }));
  }

  @Override
  public Either<Rejection, List<OperationalPlan>> findOperationalPlans(Actor actor) {
    return READ_PLANS.check(actor).map(ok -> plans.all());
  }

  @Override
  public Either<Rejection, ActivityList> addActivity(ActivityCommand command) {
    return boundary.change("AddActivity", LIST, String.valueOf(command.year()), command.actor(), command, c ->
        MANAGE_PLANS.check(c.actor())
            .flatMap(ok -> plan(c.planId(), null))
            .flatMap(plan -> {
              ActivityList list = lists.find(c.year()).getOrElse(() -> ActivityList.empty(c.year(), plan.id()));
              var activity = new PlannedActivity(ids.newId(), c.goal(), c.title().strip(), c.responsible().strip(),
                  Optional.ofNullable(c.targetCount()), c.targetDescription().strip(), ActivityStatus.PLANNED,
                  Optional.empty(), "");
              return this.today.ruleSetOn(Year.of(c.year()).atDay(1))
                  .flatMap(ruleSet -> list.add(activity, plan, ruleSet.version()));
            })
            .map(list -> {
              lists.save(list);
              return Change.of(list, String.valueOf(list.year()), List.of());
            }));
  }

  @Override
  public Either<Rejection, ActivityList> followUpActivity(FollowUpActivityCommand command) {
    return boundary.change("FollowUpActivity", LIST, String.valueOf(command.year()), command.actor(), command, c ->
        MANAGE_PLANS.check(c.actor())
            .flatMap(ok -> Found.orNotFound(lists.find(c.year()), LIST, c.year()))
            .flatMap(list -> Found.atVersion(list, ActivityList::version, c.expectedVersion(), LIST, c.year()))
            .flatMap(list -> list.followUp(c.activityId(), c.status(), Optional.ofNullable(c.achievedCount()),
                Optional.ofNullable(c.note()).orElse("").strip()))
            .map(list -> {
              lists.save(list);
              return Change.of(list, String.valueOf(list.year()), List.of(new PlanEvent.ActivityFollowedUp(
                  meta.get(), list.year(), c.activityId(), c.status())));
            }));
  }

  @Override
  public Either<Rejection, ActivityList> getActivityList(YearQuery query) {
    return boundary.query(query, q -> READ_PLANS.check(q.actor())
        .flatMap(ok -> Found.orNotFound(lists.find(q.year()), LIST, q.year())));
  }

  @Override
  public Either<Rejection, FollowUp> followUpYear(YearQuery query) {
    return boundary.query(query, q -> FOLLOW_UP_YEAR.check(q.actor())
        .flatMap(ok -> Found.orNotFound(lists.find(q.year()), LIST, q.year()))
        .flatMap(list -> plan(list.plan().value(), null).flatMap(plan -> {
          Year year = Year.of(q.year());
          var ofYear = meetings.inYear(year);
          return this.today.ruleSetOn(year.atDay(1)).map(ruleSet -> FollowUp.of(plan, list,
              YearTargets.of(year, ofYear, ruleSet), Coverage.of(year, ofYear),
              ApplicationCounts.of(q.year(), applications.countByStatus(year))));
        })));
  }

  private Either<Rejection, OperationalPlan> plan(java.util.UUID id, Long expectedVersion) {
    return Found.orNotFound(plans.find(new OperationalPlanId(id)), PLAN, id)
        .flatMap(plan -> Found.atVersion(plan, OperationalPlan::version, expectedVersion, PLAN, id));
  }
}
