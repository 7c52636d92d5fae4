package se.psi.core.membership.port.in;

import io.vavr.control.Either;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.rules.Rejection;

/**
 * MEM-3: the committee's decision, derived from the rules: ADMITTED, INCOMPLETE (with exactly what is missing) or
 * REFUSED (MEM-1). The application returned holds the decision as its latest, with the explanation. An admission
 * creates the partner and opens its contact register with the named contact person (CON-1).
 */
public interface DecideMembershipUseCase {

  Either<Rejection, MembershipApplication> decideMembership(DecideMembershipCommand command);
}
