package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import java.util.List;
import se.psi.core.grant.domain.GrantScheme;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;

/** GRA-1: the grant schemes, year by year; public. */
public interface FindGrantSchemesUseCase {

  Either<Rejection, List<GrantScheme>> findGrantSchemes(Actor actor);
}
