package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.rules.Rejection;

/** GRA-10: the decider records why kommunicering is not needed. */
public interface WaiveCommunicationUseCase {

  Either<Rejection, GrantApplication> waiveCommunication(WaiveCommunicationCommand command);
}
