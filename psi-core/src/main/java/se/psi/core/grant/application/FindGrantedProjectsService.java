package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.FIND_GRANTED_PROJECTS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import se.psi.core.application.UseCaseBoundary;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantOutcome;
import se.psi.core.grant.port.in.FindGrantedProjectsUseCase;
import se.psi.core.grant.port.in.GrantPeriodQuery;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.rules.Rejection;

/** The projects granted in a period, as the partnership publishes them. */
final class FindGrantedProjectsService implements FindGrantedProjectsUseCase {

  private final UseCaseBoundary boundary;
  private final GrantApplications applications;

  @Inject
  FindGrantedProjectsService(UseCaseBoundary boundary, GrantApplications applications) {
    this.boundary = boundary;
    this.applications = applications;
  }

  @Override
  public Either<Rejection, List<GrantApplication>> findGrantedProjects(GrantPeriodQuery query) {
    return boundary.query(query, q -> FIND_GRANTED_PROJECTS.check(q.actor())
        .map(ok -> applications.decidedBetween(q.from(), q.to()).stream()
            .filter(a -> a.decision().filter(d -> d.outcome() == GrantOutcome.GRANTED).isPresent()).toList()));
  }
}
