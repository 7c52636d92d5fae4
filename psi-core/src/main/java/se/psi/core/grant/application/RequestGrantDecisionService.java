package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.READ_GRANT_APPLICATION;
import static se.psi.core.grant.port.in.GrantPermissions.REQUEST_GRANT_DECISION;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.port.in.RequestDecisionCommand;
import se.psi.core.grant.port.in.RequestGrantDecisionUseCase;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.grant.port.out.GrantSchemes;
import se.psi.core.rules.Rejection;

/**
 * GRA-11: the applicant's written request for a decision, recorded by the applicant's organisation or by the
 * registry, with the day by which the case is decided or the request refused (the setting in force that day).
 */
final class RequestGrantDecisionService implements RequestGrantDecisionUseCase {

  private final Changes changes;
  private final Aggregates<GrantApplication, GrantApplicationId> applications;
  private final GrantSchemes schemes;

  @Inject
  RequestGrantDecisionService(Changes changes, GrantApplications applications, GrantSchemes schemes) {
    this.changes = changes;
    this.applications = GrantAggregates.applications(applications, READ_GRANT_APPLICATION);
    this.schemes = schemes;
  }

  @Override
  public Either<Rejection, GrantApplication> requestGrantDecision(RequestDecisionCommand command) {
    return changes.change(REQUEST_GRANT_DECISION, applications, command.applicationId(), command.expectedVersion(),
        command.actor(), command, (application, today) -> today.ruleSet().flatMap(ruleSet ->
            SchemeSettings.inForceOn(schemes, command.receivedOn()).flatMap(setting ->
                application.requestDecision(command.receivedOn(), command.actor().personId(), setting, ruleSet,
                    today.eventMeta()))));
  }
}
