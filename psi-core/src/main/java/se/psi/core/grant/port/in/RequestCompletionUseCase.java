package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.rules.Rejection;

/** GRA-6: the handling group asks the applicant to complete the application. */
public interface RequestCompletionUseCase {

  Either<Rejection, GrantApplication> requestCompletion(AssessmentNoteCommand command);
}
