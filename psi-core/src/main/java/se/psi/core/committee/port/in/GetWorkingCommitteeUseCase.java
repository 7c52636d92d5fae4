package se.psi.core.committee.port.in;

import io.vavr.control.Either;
import se.psi.core.rules.Rejection;

/** The working committee with its majority rule visible; public. */
public interface GetWorkingCommitteeUseCase {

  Either<Rejection, CommitteeView> getWorkingCommittee(CommitteeQuery query);
}
