package se.psi.core.project.application;

import com.google.inject.AbstractModule;
import se.psi.core.project.port.in.AddToProjectBankUseCase;
import se.psi.core.project.port.in.AnchorProjectUseCase;
import se.psi.core.project.port.in.FindCallsUseCase;
import se.psi.core.project.port.in.FindProjectBankUseCase;
import se.psi.core.project.port.in.FindProjectsUseCase;
import se.psi.core.project.port.in.GetProjectUseCase;
import se.psi.core.project.port.in.MatchProjectBankToOpenCallsUseCase;
import se.psi.core.project.port.in.PublishCallUseCase;
import se.psi.core.project.port.in.RegisterProjectUseCase;
import se.psi.core.project.port.in.RegisterThemeInterestUseCase;
import se.psi.core.project.port.in.RequestStakeholderGroupUseCase;

/**
 * Wires the project and call use cases (PRJ-1..4). Needs bindings for FundingCalls, ThemeInterests, ProjectBank,
 * Projects, Partners, and the Ideas and AdvisoryCases a project-bank entry may come from.
 */
public final class ProjectModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(PublishCallUseCase.class).to(PublishCallService.class);
    bind(FindCallsUseCase.class).to(FindCallsService.class);
    bind(RegisterThemeInterestUseCase.class).to(RegisterThemeInterestService.class);
    bind(AddToProjectBankUseCase.class).to(AddToProjectBankService.class);
    bind(FindProjectBankUseCase.class).to(FindProjectBankService.class);
    bind(MatchProjectBankToOpenCallsUseCase.class).to(MatchProjectBankToOpenCallsService.class);
    bind(RegisterProjectUseCase.class).to(RegisterProjectService.class);
    bind(AnchorProjectUseCase.class).to(AnchorProjectService.class);
    bind(RequestStakeholderGroupUseCase.class).to(RequestStakeholderGroupService.class);
    bind(FindProjectsUseCase.class).to(FindProjectsService.class);
    bind(GetProjectUseCase.class).to(GetProjectService.class);
  }
}
