package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import java.util.List;
import se.psi.core.grant.domain.Delegation;
import se.psi.core.rules.Rejection;

/** GRA-14: the delegations to decide grants, in force or not, oldest first. */
public interface FindDelegationsUseCase {

  Either<Rejection, List<Delegation>> findDelegations(GrantRegisterQuery query);
}
