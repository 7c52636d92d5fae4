package se.psi.core.meeting.application;

import static se.psi.core.meeting.port.in.MeetingPermissions.FIND_MEETINGS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Year;
import java.util.List;
import se.psi.core.application.UseCaseBoundary;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.meeting.port.in.FindMeetingsUseCase;
import se.psi.core.meeting.port.in.MeetingCommand;
import se.psi.core.meeting.port.in.MeetingYearQuery;
import se.psi.core.meeting.port.out.Meetings;
import se.psi.core.rules.Rejection;

/** The published meetings: a year of them, or one. */
final class FindMeetingsService implements FindMeetingsUseCase {

  private final UseCaseBoundary boundary;
  private final Meetings meetings;
  private final MeetingChanges changes;

  @Inject
  FindMeetingsService(UseCaseBoundary boundary, Meetings meetings, MeetingChanges changes) {
    this.boundary = boundary;
    this.meetings = meetings;
    this.changes = changes;
  }

  @Override
  public Either<Rejection, List<Meeting>> findMeetings(MeetingYearQuery query) {
    return boundary.query(query, q -> FIND_MEETINGS.check(q.actor()).map(ok ->
        meetings.inYear(Year.of(q.year())).stream()
            .filter(m -> q.format() == null || m.format() == q.format()).toList()));
  }

  @Override
  public Either<Rejection, Meeting> findMeeting(MeetingCommand query) {
    return changes.get(FIND_MEETINGS, query.actor(), query.meetingId(), query);
  }
}
