package se.psi.core.project.application;

import static se.psi.core.project.port.in.ProjectPermissions.ANCHOR_PROJECTS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.application.Changes;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.project.domain.Project;
import se.psi.core.project.port.in.AnchorProjectCommand;
import se.psi.core.project.port.in.AnchorProjectUseCase;
import se.psi.core.project.port.out.Projects;
import se.psi.core.rules.Rejection;

final class AnchorProjectService implements AnchorProjectUseCase {

  private final Changes changes;
  private final Projects projects;
  private final Partners partners;

  @Inject
  AnchorProjectService(Changes changes, Projects projects, Partners partners) {
    this.changes = changes;
    this.projects = projects;
    this.partners = partners;
  }

  @Override
  public Either<Rejection, Project> anchorProject(AnchorProjectCommand command) {
    return changes.change(ANCHOR_PROJECTS, ProjectAggregates.projects(projects, partners),
        command.projectId(), command.expectedVersion(), command.actor(), command,
        (project, today) -> Either.right(project.anchor(today.date(), today.eventMeta())));
  }
}
