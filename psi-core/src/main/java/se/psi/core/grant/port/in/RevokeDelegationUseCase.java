package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import se.psi.core.grant.domain.Delegation;
import se.psi.core.rules.Rejection;

/** GRA-14: a delegation is revoked. */
public interface RevokeDelegationUseCase {

  Either<Rejection, Delegation> revokeDelegation(RevokeDelegationCommand command);
}
