package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.rules.Rejection;

/** GRA-7: the acting person (a member, or the decider) declares that there is no jäv, or a conflict with its
 * reason; a member judges only after declaring that there is none. */
public interface MakeConflictDeclarationUseCase {

  Either<Rejection, GrantApplication> makeConflictDeclaration(ConflictDeclarationCommand command);
}
