package se.psi.core.project.port.in;

import io.vavr.control.Either;
import java.util.List;
import se.psi.core.project.domain.FundingCall;
import se.psi.core.shared.Actor;
import se.psi.core.rules.Rejection;

/** PRJ-3: the published calls, by deadline; public. */
public interface FindCallsUseCase {

  Either<Rejection, List<FundingCall>> findCalls(Actor actor);
}
