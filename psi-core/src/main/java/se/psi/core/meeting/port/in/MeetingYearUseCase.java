package se.psi.core.meeting.port.in;

import io.vavr.control.Either;
import se.psi.core.rules.Rejection;

/** MTG-1, MTG-2, MTG-4: a year's meetings against that year's targets, and the county's coverage. */
public interface MeetingYearUseCase {

  Either<Rejection, MeetingYear> meetingYear(MeetingYearQuery query);
}
