package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.rules.Rejection;

/** GRA-2: the applicant organisation starts a draft in the scheme of a year. */
public interface DraftGrantApplicationUseCase {

  Either<Rejection, GrantApplication> draftGrantApplication(DraftGrantApplicationCommand command);
}
