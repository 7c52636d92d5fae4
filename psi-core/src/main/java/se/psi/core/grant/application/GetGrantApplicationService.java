package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.READ_GRANT_APPLICATION;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.port.in.GetGrantApplicationUseCase;
import se.psi.core.grant.port.in.GrantApplicationQuery;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.rules.Rejection;

/** One application, for its applicant and those who handle it; to anyone else it does not exist. */
final class GetGrantApplicationService implements GetGrantApplicationUseCase {

  private final Changes changes;
  private final Aggregates<GrantApplication, GrantApplicationId> applications;

  @Inject
  GetGrantApplicationService(Changes changes, GrantApplications applications) {
    this.changes = changes;
    this.applications = GrantAggregates.applications(applications, READ_GRANT_APPLICATION);
  }

  @Override
  public Either<Rejection, GrantApplication> getGrantApplication(GrantApplicationQuery query) {
    return changes.get(READ_GRANT_APPLICATION, applications, query.applicationId(), query.actor(), query);
  }
}
