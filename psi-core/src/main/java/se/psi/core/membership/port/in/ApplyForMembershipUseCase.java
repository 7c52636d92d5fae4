package se.psi.core.membership.port.in;

import io.vavr.control.Either;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.rules.Rejection;

/** MEM-3: an organisation applies to the working committee to join. Joining is free (MEM-2). */
public interface ApplyForMembershipUseCase {

  Either<Rejection, MembershipApplication> applyForMembership(ApplyForMembershipCommand command);
}
