package se.psi.testkit.gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import se.psi.core.meeting.domain.MeetingFormat;
import se.psi.core.meeting.domain.MeetingStatus;
import se.psi.core.shared.Municipality;
import se.psi.core.shared.Place;

/** Calendars of meetings for property tests of targets, follow-up and coverage (MTG-1..4, ACT-2). */
public final class MeetingGenerators {

  private static final MeetingFormat[] FORMATS = MeetingFormat.values();
  private static final Municipality[] MUNICIPALITIES = Municipality.values();

  private MeetingGenerators() {}

  /** One meeting of a calendar: what, when, where and how it ended (PLANNED means still to come). */
  public record CalendarEntry(MeetingFormat format, LocalDate date, Place place, MeetingStatus outcome) {}

  /** Up to {@code maxMeetings} meetings spread over {@code year} and the years around it. */
  public static Gen<List<CalendarEntry>> calendars(int year, int maxMeetings) {
    Gen<CalendarEntry> entry = SourceDSL.integers().between(0, FORMATS.length - 1)
        .zip(SourceDSL.integers().between(-60, 425), SourceDSL.integers().between(-1, MUNICIPALITIES.length - 1),
            SourceDSL.integers().between(0, 2), (format, day, place, outcome) -> entry(year, format, day, place,
                outcome));
    return SourceDSL.lists().of(entry).ofSizeBetween(0, maxMeetings);
  }

  public static List<CalendarEntry> calendar(RandomGenerator random, int year, int maxMeetings) {
    List<CalendarEntry> entries = new ArrayList<>();
    int count = random.nextInt(maxMeetings + 1);
    for (int i = 0; i < count; i++) {
      entries.add(entry(year, random.nextInt(FORMATS.length), random.nextInt(-60, 426),
          random.nextInt(-1, MUNICIPALITIES.length), random.nextInt(3)));
    }
    return entries;
  }

  private static CalendarEntry entry(int year, int format, int day, int place, int outcome) {
    return new CalendarEntry(FORMATS[format], LocalDate.of(year, 1, 1).plusDays(day),
        place < 0 ? Place.digital() : new Place(Optional.of(MUNICIPALITIES[place])), MeetingStatus.values()[outcome]);
  }
}
