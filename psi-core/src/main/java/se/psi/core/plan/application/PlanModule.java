package se.psi.core.plan.application;

import com.google.inject.AbstractModule;
import se.psi.core.plan.port.in.PlanUseCases;

/**
 * Wires the plan use cases (ACT-1, ACT-2). Needs OperationalPlans, ActivityLists, Meetings and
 * MembershipApplications.
 */
public final class PlanModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(PlanUseCases.CreateOperationalPlanUseCase.class).to(PlanService.class);
    bind(PlanUseCases.AdoptOperationalPlanUseCase.class).to(PlanService.class);
    bind(PlanUseCases.FindOperationalPlansUseCase.class).to(PlanService.class);
    bind(PlanUseCases.AddActivityUseCase.class).to(PlanService.class);
    bind(PlanUseCases.FollowUpActivityUseCase.class).to(PlanService.class);
    bind(PlanUseCases.GetActivityListUseCase.class).to(PlanService.class);
    bind(PlanUseCases.FollowUpYearUseCase.class).to(PlanService.class);
  }
}
