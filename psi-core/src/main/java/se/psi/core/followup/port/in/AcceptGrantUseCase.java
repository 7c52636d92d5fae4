package se.psi.core.followup.port.in;

import io.vavr.control.Either;
import se.psi.core.followup.domain.GrantFollowUp;
import se.psi.core.rules.Rejection;

/** GRA-17: the grantee accepts the grant and its conditions and names its authorised signatories. */
public interface AcceptGrantUseCase {

  Either<Rejection, GrantFollowUp> acceptGrant(AcceptGrantCommand command);
}
