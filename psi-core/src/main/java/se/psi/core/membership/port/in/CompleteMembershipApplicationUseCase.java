package se.psi.core.membership.port.in;

import io.vavr.control.Either;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.rules.Rejection;

/** The applicant completes an application that is waiting for a decision or was decided incomplete. */
public interface CompleteMembershipApplicationUseCase {

  Either<Rejection, MembershipApplication> completeMembershipApplication(CompleteMembershipApplicationCommand command);
}
