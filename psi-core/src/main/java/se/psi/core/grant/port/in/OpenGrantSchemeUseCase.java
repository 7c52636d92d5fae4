package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import se.psi.core.grant.domain.GrantScheme;
import se.psi.core.rules.Rejection;

/** GRA-1: opens the grant scheme of a year. */
public interface OpenGrantSchemeUseCase {

  Either<Rejection, GrantScheme> openGrantScheme(OpenGrantSchemeCommand command);
}
