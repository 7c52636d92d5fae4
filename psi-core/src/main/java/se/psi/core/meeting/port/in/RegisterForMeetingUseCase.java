package se.psi.core.meeting.port.in;

import io.vavr.control.Either;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.rules.Rejection;

/** MTG-2: anyone registers for an open meeting. */
public interface RegisterForMeetingUseCase {

  Either<Rejection, Meeting> registerForMeeting(RegisterForMeetingCommand command);
}
