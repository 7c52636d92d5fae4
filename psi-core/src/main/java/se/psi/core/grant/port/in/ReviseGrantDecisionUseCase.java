package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.rules.Rejection;

/** GRA-15: a correction or change of the decision, as a new version referring to the old. */
public interface ReviseGrantDecisionUseCase {

  Either<Rejection, GrantApplication> reviseGrantDecision(ReviseGrantDecisionCommand command);
}
