package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.RECORD_COMMUNICATION_ANSWER;
import static se.psi.core.grant.port.in.GrantPermissions.READ_GRANT_APPLICATION;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.port.in.CommunicationAnswerCommand;
import se.psi.core.grant.port.in.RecordCommunicationAnswerUseCase;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.rules.Rejection;

/** GRA-10: a handler records the applicant's answer, or that none came by the day to answer. */
final class RecordCommunicationAnswerService implements RecordCommunicationAnswerUseCase {

  private final Changes changes;
  private final Aggregates<GrantApplication, GrantApplicationId> applications;

  @Inject
  RecordCommunicationAnswerService(Changes changes, GrantApplications applications) {
    this.changes = changes;
    this.applications = GrantAggregates.applications(applications, READ_GRANT_APPLICATION);
  }

  @Override
  public Either<Rejection, GrantApplication> recordCommunicationAnswer(CommunicationAnswerCommand command) {
    return changes.change(RECORD_COMMUNICATION_ANSWER, applications, command.applicationId(), command.expectedVersion(),
        command.actor(), command, (application, today) -> today.ruleSet().flatMap(ruleSet ->
            application.recordCommunicationAnswer(command.answered(), command.summary().strip(),
                command.actor().personId(), ruleSet, today.date(), today.eventMeta())));
  }
}
