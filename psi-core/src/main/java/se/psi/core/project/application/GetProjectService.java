package se.psi.core.project.application;

import static se.psi.core.project.port.in.ProjectPermissions.READ_PROJECTS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.application.Changes;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.project.domain.Project;
import se.psi.core.project.port.in.GetProjectUseCase;
import se.psi.core.project.port.in.ProjectQuery;
import se.psi.core.project.port.out.Projects;
import se.psi.core.rules.Rejection;

final class GetProjectService implements GetProjectUseCase {

  private final Changes changes;
  private final Projects projects;
  private final Partners partners;

  @Inject
  GetProjectService(Changes changes, Projects projects, Partners partners) {
    this.changes = changes;
    this.projects = projects;
    this.partners = partners;
  }

  @Override
  public Either<Rejection, Project> getProject(ProjectQuery query) {
    return changes.get(READ_PROJECTS, ProjectAggregates.projects(projects, partners),
        query.projectId(), query.actor(), query);
  }
}
