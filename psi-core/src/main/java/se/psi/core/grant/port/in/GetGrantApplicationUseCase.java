package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.rules.Rejection;

/** One application, for its applicant and those who handle it; to anyone else it does not exist. */
public interface GetGrantApplicationUseCase {

  Either<Rejection, GrantApplication> getGrantApplication(GrantApplicationQuery query);
}
