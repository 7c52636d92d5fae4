package se.psi.core.meeting.port.in;

import io.vavr.control.Either;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.rules.Rejection;

/** AU-5: the committee plans a meeting; a general meeting gets the ruleset's fixed agenda (MTG-1). */
public interface PlanMeetingUseCase {

  Either<Rejection, Meeting> planMeeting(PlanMeetingCommand command);
}
