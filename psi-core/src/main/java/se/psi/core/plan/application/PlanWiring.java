package se.psi.core.plan.application;

import java.util.List;
import se.psi.core.application.Kernel;
import se.psi.core.application.UseCaseRegistry;
import se.psi.core.meeting.port.out.Meetings;
import se.psi.core.membership.port.out.MembershipApplications;
import se.psi.core.plan.port.in.PlanUseCases;
import se.psi.core.plan.port.out.ActivityLists;
import se.psi.core.plan.port.out.OperationalPlans;

/**
 * Builds the plan use cases (ACT-1, ACT-2) over the kernel, the operational plans and activity lists, and the
 * meetings and membership applications a year's follow-up reads.
 */
public final class PlanWiring {

  /** The use cases {@link #register} adds: a Guice host binds these before the core is built. */
  public static final List<Class<?>> USE_CASES = List.of(PlanUseCases.CreateOperationalPlanUseCase.class,
      PlanUseCases.AdoptOperationalPlanUseCase.class, PlanUseCases.FindOperationalPlansUseCase.class,
      PlanUseCases.AddActivityUseCase.class, PlanUseCases.FollowUpActivityUseCase.class,
      PlanUseCases.GetActivityListUseCase.class, PlanUseCases.FollowUpYearUseCase.class);

  private PlanWiring() {}

  public static void register(UseCaseRegistry useCases, Kernel kernel, OperationalPlans plans, ActivityLists lists,
      Meetings meetings, MembershipApplications applications) {
    var plan = new PlanService(kernel.boundary(), plans, lists, meetings, applications, kernel.today(),
        kernel.ids(), kernel.clock());
    useCases
        .add(PlanUseCases.CreateOperationalPlanUseCase.class, plan)
        .add(PlanUseCases.AdoptOperationalPlanUseCase.class, plan)
        .add(PlanUseCases.FindOperationalPlansUseCase.class, plan)
        .add(PlanUseCases.AddActivityUseCase.class, plan)
        .add(PlanUseCases.FollowUpActivityUseCase.class, plan)
        .add(PlanUseCases.GetActivityListUseCase.class, plan)
        .add(PlanUseCases.FollowUpYearUseCase.class, plan);
  }
}
