package se.psi.core.followup.port.in;

import io.vavr.control.Either;
import se.psi.core.followup.domain.GrantFollowUp;
import se.psi.core.rules.Rejection;

/** GRA-17: the grantee asks to change the project; the change takes effect once approved. */
public interface RequestProjectChangeUseCase {

  Either<Rejection, GrantFollowUp> requestProjectChange(RequestProjectChangeCommand command);
}
