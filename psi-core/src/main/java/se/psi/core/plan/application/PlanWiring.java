package se.psi.core.plan.application;

import java.util.List;
import se.psi.core.application.Kernel;
import se.psi.core.application.UseCaseRegistry;
import se.psi.core.meeting.port.out.Meetings;
import se.psi.core.membership.port.out.MembershipApplications;
import se.psi.core.plan.port.in.AddActivityUseCase;
import se.psi.core.plan.port.in.AdoptOperationalPlanUseCase;
import se.psi.core.plan.port.in.CreateOperationalPlanUseCase;
import se.psi.core.plan.port.in.FindOperationalPlansUseCase;
import se.psi.core.plan.port.in.FollowUpActivityUseCase;
import se.psi.core.plan.port.in.FollowUpYearUseCase;
import se.psi.core.plan.port.in.GetActivityListUseCase;
import se.psi.core.plan.port.in.GetOperationalPlanUseCase;
import se.psi.core.plan.port.out.ActivityLists;
import se.psi.core.plan.port.out.OperationalPlans;

/**
 * Builds the plan use cases (ACT-1, ACT-2, MTG-1) over the kernel, the operational plans and activity lists, and the
 * meetings and membership applications a plan's adoption and a year's follow-up read.
 */
public final class PlanWiring {

  /** The use cases {@link #register} adds: a Guice host binds these before the core is built. */
  public static final List<Class<?>> USE_CASES = List.of(CreateOperationalPlanUseCase.class,
      AdoptOperationalPlanUseCase.class, FindOperationalPlansUseCase.class, GetOperationalPlanUseCase.class,
      AddActivityUseCase.class, FollowUpActivityUseCase.class, GetActivityListUseCase.class,
      FollowUpYearUseCase.class);

  private PlanWiring() {}

  public static void register(UseCaseRegistry useCases, Kernel kernel, OperationalPlans plans, ActivityLists lists,
      Meetings meetings, MembershipApplications applications) {
    var changes = kernel.changes();
    useCases
        .add(CreateOperationalPlanUseCase.class, new CreateOperationalPlanService(changes, plans))
        .add(AdoptOperationalPlanUseCase.class, new AdoptOperationalPlanService(changes, plans, meetings))
        .add(FindOperationalPlansUseCase.class, new FindOperationalPlansService(plans))
        .add(GetOperationalPlanUseCase.class, new GetOperationalPlanService(changes, plans))
        .add(AddActivityUseCase.class, new AddActivityService(changes, lists, plans))
        .add(FollowUpActivityUseCase.class, new FollowUpActivityService(changes, lists))
        .add(GetActivityListUseCase.class, new GetActivityListService(changes, lists))
        .add(FollowUpYearUseCase.class, new FollowUpYearService(changes, lists, plans, meetings, applications));
  }
}
