package se.psi.core.project.application;

import static se.psi.core.project.port.in.ProjectPermissions.OWN_PROJECTS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import se.psi.core.application.Change;
import se.psi.core.application.Found;
import se.psi.core.application.Today;
import se.psi.core.application.UseCaseBoundary;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.project.domain.Project;
import se.psi.core.project.domain.ProjectId;
import se.psi.core.project.domain.ProjectRules;
import se.psi.core.project.port.in.RegisterProjectCommand;
import se.psi.core.project.port.in.RegisterProjectUseCase;
import se.psi.core.project.port.out.Projects;

import se.psi.core.rules.Rejection;
import se.psi.core.rules.Rules;
import se.psi.core.shared.PartnerId;

/** The owner's organisation decides who may register, so the permission is checked against it, not at creation. */
final class RegisterProjectService implements RegisterProjectUseCase {

  private final UseCaseBoundary boundary;
  private final Projects projects;
  private final Partners partners;
  private final Today today;

  @Inject
  RegisterProjectService(UseCaseBoundary boundary, Projects projects, Partners partners, Today today) {
    this.boundary = boundary;
    this.projects = projects;
    this.partners = partners;
    this.today = today;
  }

  @Override
  public Either<Rejection, Project> registerProject(RegisterProjectCommand command) {
    return boundary.change(OWN_PROJECTS.useCase(), Project.TYPE, "", command.actor(), command, c ->
        Found.orNotFound(partners.find(new PartnerId(c.owner())), "Partner", c.owner())
            .flatMap(owner -> OWN_PROJECTS.check(c.actor(), Optional.of(owner.organisation().organisationNumber()))
                .map(ok -> owner))
            .flatMap(this::activeOwner)
            .map(owner -> {
              var registered = Project.register(new ProjectId(today.newId()), owner.id(), c.title(),
                  c.description(), today.eventMeta());
              projects.save(registered.aggregate());
              return Change.of(registered.aggregate(), registered.aggregate().id().toString(),
                  registered.events());
            }));
  }

  /** PRJ-1: a project is run by an active partner in its own name; the partnership itself cannot own one. */
  private Either<Rejection, Partner> activeOwner(Partner owner) {
    LocalDate date = today.date();
    return Rules.requireUnder(today.versionOn(date), ProjectRules.OWNERSHIP, new ProjectRules.Owning(owner, date),
        date).map(ProjectRules.Owning::owner);
  }

}
