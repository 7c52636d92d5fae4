package se.psi.core.committee.port.in;

import io.vavr.control.Either;
import se.psi.core.rules.Rejection;

/** AU-1..AU-3: an active partner takes a seat, unless that would break the civil-society majority. */
public interface TakeCommitteeSeatUseCase {

  Either<Rejection, CommitteeView> takeCommitteeSeat(SeatCommand command);
}
