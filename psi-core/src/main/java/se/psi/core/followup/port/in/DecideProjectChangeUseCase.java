package se.psi.core.followup.port.in;

import io.vavr.control.Either;
import se.psi.core.followup.domain.GrantFollowUp;
import se.psi.core.rules.Rejection;

/** GRA-17: the Region approves or refuses a change to the project, with its reasons. */
public interface DecideProjectChangeUseCase {

  Either<Rejection, GrantFollowUp> decideProjectChange(DecideProjectChangeCommand command);
}
