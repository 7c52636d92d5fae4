package se.psi.core.membership.application;

import static se.psi.core.membership.port.in.MembershipPermissions.GET_MEMBERSHIP_APPLICATION;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.port.in.GetMembershipApplicationUseCase;
import se.psi.core.membership.port.in.MembershipApplicationQuery;
import se.psi.core.membership.port.out.MembershipApplications;
import se.psi.core.rules.Rejection;
import se.psi.core.application.UseCaseBoundary;

final class GetMembershipApplicationService implements GetMembershipApplicationUseCase {

  private final UseCaseBoundary boundary;
  private final MembershipApplications applications;

  @Inject
  GetMembershipApplicationService(UseCaseBoundary boundary, MembershipApplications applications) {
    this.boundary = boundary;
    this.applications = applications;
  }

  @Override
  public Either<Rejection, MembershipApplication> getMembershipApplication(MembershipApplicationQuery query) {
    return boundary.query(query, q ->
        Applications.visibleTo(applications, q.applicationId(), q.actor(), GET_MEMBERSHIP_APPLICATION));
  }
}
