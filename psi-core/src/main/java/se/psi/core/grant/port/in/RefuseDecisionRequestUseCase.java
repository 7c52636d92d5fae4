package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.rules.Rejection;

/** GRA-11: the request for a decision is refused, with reasons. */
public interface RefuseDecisionRequestUseCase {

  Either<Rejection, GrantApplication> refuseDecisionRequest(RefuseDecisionRequestCommand command);
}
