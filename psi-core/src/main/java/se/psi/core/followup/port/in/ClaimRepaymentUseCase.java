package se.psi.core.followup.port.in;

import io.vavr.control.Either;
import se.psi.core.followup.domain.GrantFollowUp;
import se.psi.core.rules.Rejection;

/** GRA-17: the Region claims back money unused or not used as granted. */
public interface ClaimRepaymentUseCase {

  Either<Rejection, GrantFollowUp> claimRepayment(ClaimRepaymentCommand command);
}
