package se.psi.core.meeting.application;

import static se.psi.core.meeting.port.in.MeetingPermissions.MEETING_YEAR;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Year;
import java.util.List;
import se.psi.core.application.Today;
import se.psi.core.application.UseCaseBoundary;
import se.psi.core.meeting.domain.Coverage;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.meeting.domain.YearTargets;
import se.psi.core.meeting.port.in.MeetingYear;
import se.psi.core.meeting.port.in.MeetingYearQuery;
import se.psi.core.meeting.port.in.MeetingYearUseCase;
import se.psi.core.meeting.port.out.Meetings;
import se.psi.core.rules.Rejection;

/** MTG-1, MTG-2, MTG-4: a year's meetings against that year's targets, and the county's coverage. */
final class MeetingYearService implements MeetingYearUseCase {

  private final UseCaseBoundary boundary;
  private final Meetings meetings;
  private final Today today;

  @Inject
  MeetingYearService(UseCaseBoundary boundary, Meetings meetings, Today today) {
    this.boundary = boundary;
    this.meetings = meetings;
    this.today = today;
  }

  @Override
  public Either<Rejection, MeetingYear> meetingYear(MeetingYearQuery query) {
    return boundary.query(query, q -> MEETING_YEAR.check(q.actor()).flatMap(ok -> {
      Year year = Year.of(q.year());
      List<Meeting> ofYear = meetings.inYear(year);
      // Targets are judged by the ruleset of the meetings' year, never today's.
      return this.today.ruleSetOn(year.atDay(1)).map(ruleSet ->
          new MeetingYear(YearTargets.of(year, ofYear, ruleSet), Coverage.of(year, ofYear)));
    }));
  }
}
