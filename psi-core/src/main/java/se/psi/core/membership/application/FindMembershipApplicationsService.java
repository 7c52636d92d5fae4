package se.psi.core.membership.application;

import static se.psi.core.membership.port.in.MembershipPermissions.FIND_MEMBERSHIP_APPLICATIONS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.Optional;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.port.in.FindMembershipApplicationsQuery;
import se.psi.core.membership.port.in.FindMembershipApplicationsUseCase;
import se.psi.core.membership.port.out.ApplicationFilter;
import se.psi.core.membership.port.out.MembershipApplications;
import se.psi.core.shared.Page;
import se.psi.core.rules.Rejection;
import se.psi.core.application.UseCaseBoundary;

final class FindMembershipApplicationsService implements FindMembershipApplicationsUseCase {

  private final UseCaseBoundary boundary;
  private final MembershipApplications applications;

  @Inject
  FindMembershipApplicationsService(UseCaseBoundary boundary, MembershipApplications applications) {
    this.boundary = boundary;
    this.applications = applications;
  }

  @Override
  public Either<Rejection, Page<MembershipApplication>> findMembershipApplications(
      FindMembershipApplicationsQuery query) {
    return boundary.query(query, q -> FIND_MEMBERSHIP_APPLICATIONS.check(q.actor()).map(actor -> applications.list(
        new ApplicationFilter(Optional.ofNullable(q.status()), q.offset(), q.limit()))));
  }
}
