package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.WAIVE_COMMUNICATION;
import static se.psi.core.grant.port.in.GrantPermissions.READ_GRANT_APPLICATION;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.port.in.WaiveCommunicationCommand;
import se.psi.core.grant.port.in.WaiveCommunicationUseCase;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.rules.Rejection;

/** GRA-10: the decider records why kommunicering is not needed before the decision. */
final class WaiveCommunicationService implements WaiveCommunicationUseCase {

  private final Changes changes;
  private final Aggregates<GrantApplication, GrantApplicationId> applications;

  @Inject
  WaiveCommunicationService(Changes changes, GrantApplications applications) {
    this.changes = changes;
    this.applications = GrantAggregates.applications(applications, READ_GRANT_APPLICATION);
  }

  @Override
  public Either<Rejection, GrantApplication> waiveCommunication(WaiveCommunicationCommand command) {
    return changes.change(WAIVE_COMMUNICATION, applications, command.applicationId(), command.expectedVersion(),
        command.actor(), command, (application, today) -> application.omitCommunication(command.reason().strip(),
            command.actor().personId(), today.date(), today.eventMeta()));
  }
}
