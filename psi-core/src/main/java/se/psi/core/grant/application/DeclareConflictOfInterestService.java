package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.DECLARE_CONFLICT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.port.in.AssessmentNoteCommand;
import se.psi.core.grant.port.in.DeclareConflictOfInterestUseCase;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.rules.Rejection;

/** GRA-7: the acting person declares jäv, with the note's text as the reason; jäv is checked again first. */
final class DeclareConflictOfInterestService implements DeclareConflictOfInterestUseCase {

  private final Changes changes;
  private final Aggregates<GrantApplication, GrantApplicationId> applications;
  private final ConflictDetection conflicts;

  @Inject
  DeclareConflictOfInterestService(Changes changes, GrantApplications applications, ConflictDetection conflicts) {
    this.changes = changes;
    this.applications = GrantAggregates.applications(applications, DECLARE_CONFLICT);
    this.conflicts = conflicts;
  }

  @Override
  public Either<Rejection, GrantApplication> declareConflictOfInterest(AssessmentNoteCommand command) {
    String person = command.actor().personId();
    return changes.change(DECLARE_CONFLICT, applications, command.applicationId(), command.expectedVersion(),
        command.actor(), command, (application, today) -> today.ruleSet().flatMap(ruleSet ->
            conflicts.recheckThen(application, List.of(person), today, rechecked -> rechecked.declareConflict(person,
                command.text().strip(), today.date(), today.eventMeta()))));
  }
}
