package se.psi.core.project.port.in;

import io.vavr.control.Either;
import java.util.List;
import se.psi.core.shared.Actor;
import se.psi.core.rules.Rejection;

/** PRJ-4: the calls open today, each with the project bank's ideas on its themes. */
public interface MatchProjectBankToOpenCallsUseCase {

  Either<Rejection, List<CallMatch>> matchProjectBankToOpenCalls(Actor actor);
}
