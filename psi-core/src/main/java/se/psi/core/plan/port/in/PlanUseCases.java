package se.psi.core.plan.port.in;

import io.vavr.control.Either;
import java.util.List;
import se.psi.core.plan.domain.ActivityList;
import se.psi.core.plan.domain.FollowUp;
import se.psi.core.plan.domain.OperationalPlan;
import se.psi.core.shared.Actor;
import se.psi.core.rules.Rejection;

/** The operational plan, the yearly activity lists and their follow-up (ACT-1, ACT-2, MTG-1). */
public final class PlanUseCases {

  private PlanUseCases() {}

  public interface CreateOperationalPlanUseCase {
    Either<Rejection, OperationalPlan> createOperationalPlan(CreateOperationalPlanCommand command);
  }

  /** MTG-1: a held general meeting adopted the plan. */
  public interface AdoptOperationalPlanUseCase {
    Either<Rejection, OperationalPlan> adoptOperationalPlan(AdoptOperationalPlanCommand command);
  }

  public interface FindOperationalPlansUseCase {
    Either<Rejection, List<OperationalPlan>> findOperationalPlans(Actor actor);
  }

  /** ACT-1: adds an activity under a goal of the plan to the year's list. */
  public interface AddActivityUseCase {
    Either<Rejection, ActivityList> addActivity(ActivityCommand command);
  }

  /** ACT-2: records status, outcome and a note for an activity. */
  public interface FollowUpActivityUseCase {
    Either<Rejection, ActivityList> followUpActivity(FollowUpActivityCommand command);
  }

  public interface GetActivityListUseCase {
    Either<Rejection, ActivityList> getActivityList(YearQuery query);
  }

  /** ACT-2: the year's targets against outcomes, per goal and activity, with meetings and coverage. */
  public interface FollowUpYearUseCase {
    Either<Rejection, FollowUp> followUpYear(YearQuery query);
  }
}
