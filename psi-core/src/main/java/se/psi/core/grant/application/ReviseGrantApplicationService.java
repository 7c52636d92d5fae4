package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.APPLY_FOR_GRANT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.port.in.ReviseGrantApplicationCommand;
import se.psi.core.grant.port.in.ReviseGrantApplicationUseCase;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.rules.Rejection;

/** GRA-2, GRA-6: the applicant revises the project; GRA-7: a partner added or removed changes who is disqualified. */
final class ReviseGrantApplicationService implements ReviseGrantApplicationUseCase {

  private final Changes changes;
  private final Aggregates<GrantApplication, GrantApplicationId> applications;
  private final ConflictDetection conflicts;

  @Inject
  ReviseGrantApplicationService(Changes changes, GrantApplications applications, ConflictDetection conflicts) {
    this.changes = changes;
    this.applications = GrantAggregates.applications(applications, APPLY_FOR_GRANT);
    this.conflicts = conflicts;
  }

  @Override
  public Either<Rejection, GrantApplication> reviseGrantApplication(ReviseGrantApplicationCommand command) {
    return changes.change(APPLY_FOR_GRANT, applications, command.applicationId(), command.expectedVersion(),
        command.actor(), command, (application, today) -> today.ruleSet()
            .flatMap(ruleSet -> application.revise(command.project().toProjectDescription(), today.eventMeta()))
            .map(revised -> revised.followedBy(conflicts.recheck(revised.aggregate(), List.of(), today))));
  }
}
