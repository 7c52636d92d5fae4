package se.psi.core.meeting.port.in;

import io.vavr.control.Either;
import java.util.List;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.rules.Rejection;

/** The meetings of a year, by date; public, as the partnership publishes its meetings. */
public interface FindMeetingsUseCase {

  Either<Rejection, List<Meeting>> findMeetings(MeetingYearQuery query);
}
