package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.rules.Rejection;

/** GRA-1, GRA-2: the applicant submits; refused with every missing part when not formally eligible. */
public interface SubmitGrantApplicationUseCase {

  Either<Rejection, GrantApplication> submitGrantApplication(GrantApplicationCommand command);
}
