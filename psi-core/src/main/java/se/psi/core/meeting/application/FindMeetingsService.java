package se.psi.core.meeting.application;

import static se.psi.core.meeting.port.in.MeetingPermissions.FIND_MEETINGS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Year;
import java.util.List;
import se.psi.core.application.UseCaseBoundary;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.meeting.port.in.FindMeetingsUseCase;
import se.psi.core.meeting.port.in.MeetingYearQuery;
import se.psi.core.meeting.port.out.Meetings;
import se.psi.core.rules.Rejection;

/** The published meetings of a year, of one format or all. */
final class FindMeetingsService implements FindMeetingsUseCase {

  private final UseCaseBoundary boundary;
  private final Meetings meetings;

  @Inject
  FindMeetingsService(UseCaseBoundary boundary, Meetings meetings) {
    this.boundary = boundary;
    this.meetings = meetings;
  }

  @Override
  public Either<Rejection, List<Meeting>> findMeetings(MeetingYearQuery query) {
    return boundary.query(query, q -> FIND_MEETINGS.check(q.actor()).map(ok ->
        meetings.inYear(Year.of(q.year())).stream()
            .filter(m -> q.format() == null || m.format() == q.format()).toList()));
  }
}
