package se.psi.core.project.port.in;

import io.vavr.control.Either;
import se.psi.core.project.domain.ThemeInterest;
import se.psi.core.rules.Rejection;

/** PRJ-3: a partner's themes of interest, replacing earlier ones. */
public interface RegisterThemeInterestUseCase {

  Either<Rejection, ThemeInterest> registerThemeInterest(RegisterThemeInterestCommand command);
}
