package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.rules.Rejection;

/** GRA-6: the completed application returns to assessment, formally eligible again. */
public interface ResubmitGrantApplicationUseCase {

  Either<Rejection, GrantApplication> resubmitGrantApplication(GrantApplicationCommand command);
}
