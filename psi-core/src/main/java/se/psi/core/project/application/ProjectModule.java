package se.psi.core.project.application;

import com.google.inject.AbstractModule;
import se.psi.core.project.port.in.ProjectUseCases;

/** Wires the project and call use cases (PRJ-1..4). Needs the ports of ProjectPorts and Partners. */
public final class ProjectModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(ProjectUseCases.CallsUseCase.class).to(ProjectService.class);
    bind(ProjectUseCases.ProjectBankUseCase.class).to(ProjectService.class);
    bind(ProjectUseCases.ProjectsUseCase.class).to(ProjectService.class);
  }
}
