package se.psi.core.committee.port.in;

import io.vavr.control.Either;
import se.psi.core.rules.Rejection;

/** AU-2, AU-3: a partner gives up its seat, unless that would break the civil-society majority. */
public interface LeaveCommitteeSeatUseCase {

  Either<Rejection, CommitteeView> leaveCommitteeSeat(SeatCommand command);
}
