package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.rules.Rejection;

/** GRA-10: the applicant's answer, or that none came by the day, is recorded. */
public interface RecordCommunicationAnswerUseCase {

  Either<Rejection, GrantApplication> recordCommunicationAnswer(CommunicationAnswerCommand command);
}
