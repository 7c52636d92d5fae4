package se.psi.core.documentation.port.in;

import io.vavr.control.Either;
import se.psi.core.documentation.domain.InnovationRecord;
import se.psi.core.rules.Rejection;

/** DOC-1: the record is checked against its template version, with every problem reported at once. */
public interface DocumentInnovationUseCase {

  Either<Rejection, InnovationRecord> documentInnovation(DocumentInnovationCommand command);
}
