package se.psi.core.documentation.port.in;

import io.vavr.control.Either;
import java.util.List;
import se.psi.core.documentation.domain.InnovationRecord;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;

/** The documented social innovations, newest first; public. */
public interface FindInnovationsUseCase {

  Either<Rejection, List<InnovationRecord>> findInnovations(Actor actor);
}
