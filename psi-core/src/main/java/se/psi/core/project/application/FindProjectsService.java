package se.psi.core.project.application;

import static se.psi.core.project.port.in.ProjectPermissions.READ_PROJECTS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import se.psi.core.project.domain.Project;
import se.psi.core.project.port.in.FindProjectsUseCase;
import se.psi.core.project.port.out.Projects;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;

final class FindProjectsService implements FindProjectsUseCase {

  private final Projects projects;

  @Inject
  FindProjectsService(Projects projects) {
    this.projects = projects;
  }

  @Override
  public Either<Rejection, List<Project>> findProjects(Actor actor) {
    return READ_PROJECTS.check(actor).map(ok -> projects.all());
  }
}
