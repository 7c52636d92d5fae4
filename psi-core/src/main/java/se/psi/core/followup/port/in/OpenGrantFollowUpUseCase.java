package se.psi.core.followup.port.in;

import io.vavr.control.Either;
import se.psi.core.followup.domain.GrantFollowUp;
import se.psi.core.rules.Rejection;

/** GRA-17: the Region opens the follow-up of a granted application with the decision's terms. */
public interface OpenGrantFollowUpUseCase {

  Either<Rejection, GrantFollowUp> openGrantFollowUp(OpenGrantFollowUpCommand command);
}
