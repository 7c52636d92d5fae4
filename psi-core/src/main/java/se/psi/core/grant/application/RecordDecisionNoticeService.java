package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.RECORD_DECISION_NOTICE;
import static se.psi.core.grant.port.in.GrantPermissions.READ_GRANT_APPLICATION;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.grant.domain.DecisionNotice;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.port.in.DecisionNoticeCommand;
import se.psi.core.grant.port.in.RecordDecisionNoticeUseCase;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.rules.Rejection;

/** GRA-12: a handler records when and how the applicant was told of the decision. */
final class RecordDecisionNoticeService implements RecordDecisionNoticeUseCase {

  private final Changes changes;
  private final Aggregates<GrantApplication, GrantApplicationId> applications;

  @Inject
  RecordDecisionNoticeService(Changes changes, GrantApplications applications) {
    this.changes = changes;
    this.applications = GrantAggregates.applications(applications, READ_GRANT_APPLICATION);
  }

  @Override
  public Either<Rejection, GrantApplication> recordDecisionNotice(DecisionNoticeCommand command) {
    return changes.change(RECORD_DECISION_NOTICE, applications, command.applicationId(), command.expectedVersion(),
        command.actor(), command, (application, today) -> application.recordNotice(new DecisionNotice(command.notifiedOn(),
            command.channel(), command.actor().personId()), today.eventMeta()));
  }
}
