package se.psi.core.project.application;

import static se.psi.core.project.port.in.ProjectPermissions.OWN_PROJECTS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.application.Changes;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.project.domain.Project;
import se.psi.core.project.port.in.RequestStakeholderGroupCommand;
import se.psi.core.project.port.in.RequestStakeholderGroupUseCase;
import se.psi.core.project.port.out.Projects;
import se.psi.core.rules.Rejection;

final class RequestStakeholderGroupService implements RequestStakeholderGroupUseCase {

  private final Changes changes;
  private final Projects projects;
  private final Partners partners;

  @Inject
  RequestStakeholderGroupService(Changes changes, Projects projects, Partners partners) {
    this.changes = changes;
    this.projects = projects;
    this.partners = partners;
  }

  @Override
  public Either<Rejection, Project> requestStakeholderGroup(RequestStakeholderGroupCommand command) {
    return changes.change(OWN_PROJECTS, ProjectAggregates.projects(projects, partners),
        command.projectId(), command.expectedVersion(), command.actor(), command,
        (project, today) -> today.ruleSet()
            .flatMap(ruleSet -> project.requestStakeholderGroup(ruleSet, today.date(), today.eventMeta())));
  }
}
