package se.psi.core.membership.port.in;

import io.vavr.control.Either;
import se.psi.core.membership.domain.Partner;
import se.psi.core.rules.Rejection;

/**
 * MEM-7: a partner leaves, effective at once, and is never refused for the partnership's sake: its committee seat
 * ends even if that breaks the civil-society majority (the committee is then marked out of balance, AU-3), and its
 * contact register closes.
 */
public interface WithdrawFromPartnershipUseCase {

  Either<Rejection, Partner> withdrawFromPartnership(PartnerCommand command);
}
