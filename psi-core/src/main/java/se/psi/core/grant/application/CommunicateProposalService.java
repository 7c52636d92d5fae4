package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.COMMUNICATE_GRANT_PROPOSAL;
import static se.psi.core.grant.port.in.GrantPermissions.READ_GRANT_APPLICATION;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.port.in.CommunicateProposalCommand;
import se.psi.core.grant.port.in.CommunicateProposalUseCase;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.rules.Rejection;

/** GRA-10: a handler sends the proposal to the applicant with a day to answer. */
final class CommunicateProposalService implements CommunicateProposalUseCase {

  private final Changes changes;
  private final Aggregates<GrantApplication, GrantApplicationId> applications;

  @Inject
  CommunicateProposalService(Changes changes, GrantApplications applications) {
    this.changes = changes;
    this.applications = GrantAggregates.applications(applications, READ_GRANT_APPLICATION);
  }

  @Override
  public Either<Rejection, GrantApplication> communicateProposal(CommunicateProposalCommand command) {
    return changes.change(COMMUNICATE_GRANT_PROPOSAL, applications, command.applicationId(), command.expectedVersion(),
        command.actor(), command, (application, today) -> today.ruleSet().flatMap(ruleSet ->
            application.communicate(command.answerBy(), command.channel().strip(), command.actor().personId(),
                ruleSet, today.date(), today.eventMeta())));
  }
}
