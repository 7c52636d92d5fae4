package se.psi.core.committee.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

/** AU-4: the working committee meets every n-th week (every third week in Örebro) from a first meeting. */
public final class MeetingCadence {

  private MeetingCadence() {}

  /** The next {@code count} meeting dates on or after {@code from}. */
  public static List<LocalDate> nextMeetings(LocalDate firstMeeting, LocalDate from, int count, int intervalWeeks) {
    long weeksSinceFirst = from.isAfter(firstMeeting) ? ChronoUnit.WEEKS.between(firstMeeting, from) : 0;
    LocalDate candidate = firstMeeting.plusWeeks(weeksSinceFirst / intervalWeeks * intervalWeeks);
    LocalDate first = candidate.isBefore(from) ? candidate.plusWeeks(intervalWeeks) : candidate;
    return Stream.iterate(first, date -> date.plusWeeks(intervalWeeks)).limit(count).toList();
  }
}
