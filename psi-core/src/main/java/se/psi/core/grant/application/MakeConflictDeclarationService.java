package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.DECLARE_CONFLICT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.port.in.ConflictDeclarationCommand;
import se.psi.core.grant.port.in.MakeConflictDeclarationUseCase;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.rules.Rejection;

/** GRA-7: the acting person declares that there is no jäv, or a conflict with its reason, jäv checked again first. */
final class MakeConflictDeclarationService implements MakeConflictDeclarationUseCase {

  private final Changes changes;
  private final Aggregates<GrantApplication, GrantApplicationId> applications;
  private final ConflictDetection conflicts;

  @Inject
  MakeConflictDeclarationService(Changes changes, GrantApplications applications, ConflictDetection conflicts) {
    this.changes = changes;
    this.applications = GrantAggregates.applications(applications, DECLARE_CONFLICT);
    this.conflicts = conflicts;
  }

  @Override
  public Either<Rejection, GrantApplication> makeConflictDeclaration(ConflictDeclarationCommand command) {
    String person = command.actor().personId();
    return changes.change(DECLARE_CONFLICT, applications, command.applicationId(), command.expectedVersion(),
        command.actor(), command, (application, today) -> today.ruleSet().flatMap(ruleSet -> {
          // Read after the command's shape is validated: a missing answer is refused, not a failure.
          Optional<String> conflict = command.conflict() ? Optional.of(command.reason().strip()) : Optional.empty();
          return conflicts.recheckThen(application, List.of(person), today,
              rechecked -> rechecked.declare(person, conflict, ruleSet, today.date(), today.eventMeta()));
        }));
  }
}
