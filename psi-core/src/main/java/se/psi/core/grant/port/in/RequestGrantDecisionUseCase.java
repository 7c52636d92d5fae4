package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.rules.Rejection;

/** GRA-11: the applicant's written request for a decision is recorded, with the day it must be answered by. */
public interface RequestGrantDecisionUseCase {

  Either<Rejection, GrantApplication> requestGrantDecision(RequestDecisionCommand command);
}
