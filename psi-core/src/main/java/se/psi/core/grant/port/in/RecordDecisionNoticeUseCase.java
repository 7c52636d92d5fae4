package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.rules.Rejection;

/** GRA-12: when and how the applicant was told of the decision. */
public interface RecordDecisionNoticeUseCase {

  Either<Rejection, GrantApplication> recordDecisionNotice(DecisionNoticeCommand command);
}
