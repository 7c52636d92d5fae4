package se.psi.core.meeting.port.in;

import io.vavr.control.Either;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.rules.Rejection;

/** One meeting; public, as the meetings are (the command's expected version is not used). */
public interface GetMeetingUseCase {

  Either<Rejection, Meeting> getMeeting(MeetingCommand query);
}
