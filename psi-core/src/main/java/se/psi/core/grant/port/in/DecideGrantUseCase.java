package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.rules.Rejection;

/** GRA-5: the decision on delegation; a grant is charged to the appropriation and owes a presentation (GRA-8). */
public interface DecideGrantUseCase {

  Either<Rejection, GrantApplication> decideGrant(DecideGrantCommand command);
}
