package se.psi.core.meeting.port.in;

import io.vavr.control.Either;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.rules.Rejection;

/** Adds an agenda item or a speaker to a planned meeting. */
public interface PrepareMeetingUseCase {

  Either<Rejection, Meeting> prepareMeeting(PrepareMeetingCommand command);
}
