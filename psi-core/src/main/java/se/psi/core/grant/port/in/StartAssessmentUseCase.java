package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.rules.Rejection;

/**
 * GRA-4, GRA-7: forms the handling group and records the jäv found in the partnership's data before anyone assesses.
 */
public interface StartAssessmentUseCase {

  Either<Rejection, GrantApplication> startAssessment(StartAssessmentCommand command);
}
