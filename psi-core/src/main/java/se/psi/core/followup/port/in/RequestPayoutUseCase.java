package se.psi.core.followup.port.in;

import io.vavr.control.Either;
import se.psi.core.followup.domain.GrantFollowUp;
import se.psi.core.rules.Rejection;

/** GRA-17: a signed payout request is paid, within what was granted; the scheme's figures count it. */
public interface RequestPayoutUseCase {

  Either<Rejection, GrantFollowUp> requestPayout(RequestPayoutCommand command);
}
