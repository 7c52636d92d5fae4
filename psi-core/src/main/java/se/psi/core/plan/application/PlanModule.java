package se.psi.core.plan.application;

import com.google.inject.AbstractModule;
import se.psi.core.plan.port.in.AddActivityUseCase;
import se.psi.core.plan.port.in.AdoptOperationalPlanUseCase;
import se.psi.core.plan.port.in.CreateOperationalPlanUseCase;
import se.psi.core.plan.port.in.FindOperationalPlansUseCase;
import se.psi.core.plan.port.in.FollowUpActivityUseCase;
import se.psi.core.plan.port.in.FollowUpYearUseCase;
import se.psi.core.plan.port.in.GetActivityListUseCase;
import se.psi.core.plan.port.in.GetOperationalPlanUseCase;

/**
 * Wires the plan use cases (ACT-1, ACT-2, MTG-1). Needs OperationalPlans, ActivityLists, Meetings and
 * MembershipApplications.
 */
public final class PlanModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(CreateOperationalPlanUseCase.class).to(CreateOperationalPlanService.class);
    bind(AdoptOperationalPlanUseCase.class).to(AdoptOperationalPlanService.class);
    bind(FindOperationalPlansUseCase.class).to(FindOperationalPlansService.class);
    bind(GetOperationalPlanUseCase.class).to(GetOperationalPlanService.class);
    bind(AddActivityUseCase.class).to(AddActivityService.class);
    bind(FollowUpActivityUseCase.class).to(FollowUpActivityService.class);
    bind(GetActivityListUseCase.class).to(GetActivityListService.class);
    bind(FollowUpYearUseCase.class).to(FollowUpYearService.class);
  }
}
