package se.psi.core.meeting.port.in;

import io.vavr.control.Either;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.rules.Rejection;

/** The committee cancels a planned meeting. */
public interface CancelMeetingUseCase {

  Either<Rejection, Meeting> cancelMeeting(MeetingCommand command);
}
