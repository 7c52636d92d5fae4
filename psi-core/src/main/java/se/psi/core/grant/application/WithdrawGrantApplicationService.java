package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.APPLY_FOR_GRANT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.port.in.GrantApplicationCommand;
import se.psi.core.grant.port.in.WithdrawGrantApplicationUseCase;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.rules.Rejection;

/** The applicant withdraws, at any time before the decision. */
final class WithdrawGrantApplicationService implements WithdrawGrantApplicationUseCase {

  private final Changes changes;
  private final Aggregates<GrantApplication, GrantApplicationId> applications;

  @Inject
  WithdrawGrantApplicationService(Changes changes, GrantApplications applications) {
    this.changes = changes;
    this.applications = GrantAggregates.applications(applications, APPLY_FOR_GRANT);
  }

  @Override
  public Either<Rejection, GrantApplication> withdrawGrantApplication(GrantApplicationCommand command) {
    return changes.change(APPLY_FOR_GRANT, applications, command.applicationId(), command.expectedVersion(),
        command.actor(), command, (application, today) -> today.ruleSet()
            .flatMap(ruleSet -> application.withdraw(today.eventMeta())));
  }
}
