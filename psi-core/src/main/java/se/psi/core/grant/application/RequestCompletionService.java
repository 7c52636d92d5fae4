package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.ASSESS_GRANT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.port.in.AssessmentNoteCommand;
import se.psi.core.grant.port.in.RequestCompletionUseCase;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.rules.Rejection;

/** GRA-6: a qualified member asks the applicant to complete the application. */
final class RequestCompletionService implements RequestCompletionUseCase {

  private final Changes changes;
  private final Aggregates<GrantApplication, GrantApplicationId> applications;

  @Inject
  RequestCompletionService(Changes changes, GrantApplications applications) {
    this.changes = changes;
    this.applications = GrantAggregates.applications(applications, ASSESS_GRANT);
  }

  @Override
  public Either<Rejection, GrantApplication> requestCompletion(AssessmentNoteCommand command) {
    return changes.change(ASSESS_GRANT, applications, command.applicationId(), command.expectedVersion(),
        command.actor(), command, (application, today) -> today.ruleSet().flatMap(ruleSet ->
            application.requestCompletion(command.actor().personId(), command.text().strip(), ruleSet, today.date(),
                today.eventMeta())));
  }
}
