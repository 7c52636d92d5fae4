package se.psi.core.documentation.port.in;

import io.vavr.control.Either;
import se.psi.core.documentation.domain.InnovationRecord;
import se.psi.core.rules.Rejection;

/** One documented social innovation; public. */
public interface GetInnovationUseCase {

  Either<Rejection, InnovationRecord> getInnovation(InnovationQuery query);
}
