package se.psi.core.membership.port.in;

import io.vavr.control.Either;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.shared.Page;
import se.psi.core.rules.Rejection;

/**
 * The membership applications, filtered and paged, for the working committee that decides them (MEM-3) and
 * administrators; they name contact persons, so they are not public.
 */
public interface FindMembershipApplicationsUseCase {

  Either<Rejection, Page<MembershipApplication>> findMembershipApplications(FindMembershipApplicationsQuery query);
}
