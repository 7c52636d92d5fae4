package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import se.psi.core.grant.domain.Delegation;
import se.psi.core.rules.Rejection;

/** GRA-5: the delegation register. */
public interface RegisterDelegationUseCase {

  Either<Rejection, Delegation> registerDelegation(RegisterDelegationCommand command);
}
