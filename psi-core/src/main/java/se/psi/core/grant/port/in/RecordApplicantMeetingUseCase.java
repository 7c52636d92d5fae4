package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.rules.Rejection;

/** GRA-4: the handling group met the applicant. */
public interface RecordApplicantMeetingUseCase {

  Either<Rejection, GrantApplication> recordApplicantMeeting(AssessmentNoteCommand command);
}
