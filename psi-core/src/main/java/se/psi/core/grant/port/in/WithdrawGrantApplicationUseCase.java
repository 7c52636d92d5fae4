package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.rules.Rejection;

/** The applicant withdraws, at any time before the decision. */
public interface WithdrawGrantApplicationUseCase {

  Either<Rejection, GrantApplication> withdrawGrantApplication(GrantApplicationCommand command);
}
