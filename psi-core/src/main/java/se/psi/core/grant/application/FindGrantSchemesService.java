package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.READ_SCHEMES;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import se.psi.core.grant.domain.GrantScheme;
import se.psi.core.grant.port.in.FindGrantSchemesUseCase;
import se.psi.core.grant.port.out.GrantSchemes;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;

/** GRA-1: the schemes, year by year, for anyone. */
final class FindGrantSchemesService implements FindGrantSchemesUseCase {

  private final GrantSchemes schemes;

  @Inject
  FindGrantSchemesService(GrantSchemes schemes) {
    this.schemes = schemes;
  }

  @Override
  public Either<Rejection, List<GrantScheme>> findGrantSchemes(Actor actor) {
    return READ_SCHEMES.check(actor).map(ok -> schemes.all());
  }
}
