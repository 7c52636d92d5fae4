package se.psi.core.membership.port.in;

import io.vavr.control.Either;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.rules.Rejection;

/** An application, for its applicant, the committee and administrators; to anyone else it does not exist. */
public interface GetMembershipApplicationUseCase {

  Either<Rejection, MembershipApplication> getMembershipApplication(MembershipApplicationQuery query);
}
