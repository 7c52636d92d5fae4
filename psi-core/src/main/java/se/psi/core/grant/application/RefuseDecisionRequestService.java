package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.REFUSE_DECISION_REQUEST;
import static se.psi.core.grant.port.in.GrantPermissions.READ_GRANT_APPLICATION;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.port.in.RefuseDecisionRequestCommand;
import se.psi.core.grant.port.in.RefuseDecisionRequestUseCase;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.rules.Rejection;

/** GRA-11: the decider refuses the applicant's request for a decision, with reasons. */
final class RefuseDecisionRequestService implements RefuseDecisionRequestUseCase {

  private final Changes changes;
  private final Aggregates<GrantApplication, GrantApplicationId> applications;

  @Inject
  RefuseDecisionRequestService(Changes changes, GrantApplications applications) {
    this.changes = changes;
    this.applications = GrantAggregates.applications(applications, READ_GRANT_APPLICATION);
  }

  @Override
  public Either<Rejection, GrantApplication> refuseDecisionRequest(RefuseDecisionRequestCommand command) {
    return changes.change(REFUSE_DECISION_REQUEST, applications, command.applicationId(), command.expectedVersion(),
        command.actor(), command, (application, today) -> application.refuseDecisionRequest(command.reasons().strip(),
            command.actor().personId(), today.date(), today.eventMeta()));
  }
}
