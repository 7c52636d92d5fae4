package se.psi.core.meeting.port.in;

import io.vavr.control.Either;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.rules.Rejection;

/** The meeting was held: attendance of internal meetings and the minutes' decisions. */
public interface HoldMeetingUseCase {

  Either<Rejection, Meeting> holdMeeting(HoldMeetingCommand command);
}
