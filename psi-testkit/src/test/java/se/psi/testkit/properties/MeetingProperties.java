package se.psi.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import se.psi.core.meeting.domain.Coverage;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.meeting.domain.MeetingId;
import se.psi.core.meeting.domain.MeetingStatus;
import se.psi.core.meeting.domain.YearTargets;
import se.psi.core.meeting.port.in.MeetingYearQuery;
import se.psi.core.meeting.port.in.MeetingYearUseCase;
import se.psi.core.rules.OrebroRuleSets;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Role;
import se.psi.testkit.fixtures.Fixtures;
import se.psi.testkit.gen.DateGenerators;
import se.psi.testkit.gen.MeetingGenerators;
import se.psi.testkit.gen.MeetingGenerators.CalendarEntry;
import se.psi.testkit.memory.InMemoryPsi;
import se.psi.testkit.time.SequentialIds;
import se.psi.testkit.time.TestClock;

/** MTG-1..4 and ACT-2 over generated calendars, in any year from the partnership's start to years ahead. */
class MeetingProperties {

  /** A year and a calendar around it. */
  record YearCalendar(int year, List<CalendarEntry> calendar) {}

  private static Gen<YearCalendar> yearsWithCalendars() {
    return years().flatMap(year -> MeetingGenerators.calendars(year, 40).map(c -> new YearCalendar(year, c)));
  }

  private static Gen<Integer> years() {
    return SourceDSL.integers().between(DateGenerators.PARTNERSHIP_STARTS.getYear(),
        DateGenerators.YEARS_AHEAD.getYear());
  }

  @Test
  void ACT_2_follow_up_counts_equal_the_meetings_held_in_the_year_for_any_calendar() {
    qt().forAll(yearsWithCalendars()).checkAssert(generated -> {
      Year year = Year.of(generated.year());
      List<CalendarEntry> calendar = generated.calendar();
      List<Meeting> meetings = calendar.stream().map(MeetingProperties::meeting).toList();
      long heldInYear = calendar.stream()
          .filter(e -> e.outcome() == MeetingStatus.HELD && e.date().getYear() == year.getValue()).count();

      YearTargets targets = YearTargets.of(year, meetings,
          OrebroRuleSets.registry().inForceOn(year.atDay(1)).get());
      Coverage coverage = Coverage.of(year, meetings);

      assertThat(targets.held().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(heldInYear);
      assertThat(coverage.perMunicipality().values().stream().mapToInt(Integer::intValue).sum()
          + coverage.digital()).isEqualTo(heldInYear);
    });
  }

  @Test
  void MTG_1_meeting_targets_are_judged_by_the_ruleset_of_the_meetings_year_not_todays() {
    qt().withExamples(50).forAll(years(), DateGenerators.anyDay())
        .checkAssert((year, today) -> {
          InMemoryPsi psi = InMemoryPsi.create(TestClock.at(today), new SequentialIds());

          var answer = psi.useCase(MeetingYearUseCase.class)
              .meetingYear(new MeetingYearQuery(Actor.of("au", Role.COMMITTEE_MEMBER), year, null)).get();

          assertThat(answer.targets().explanation().rulesetVersion())
              .isEqualTo(OrebroRuleSets.registry().inForceOn(LocalDate.of(year, 1, 1)).get().version());
        });
  }

  private static Meeting meeting(CalendarEntry entry) {
    Meeting planned = Meeting.plan(new MeetingId(UUID.randomUUID()), entry.format(), "Möte", entry.date(),
        entry.place(), Optional.empty(), List.of(), Fixtures.eventMeta()).meeting();
    return switch (entry.outcome()) {
      case PLANNED -> planned;
      case HELD -> planned.hold(Set.of(), List.of(), Fixtures.eventMeta()).get().meeting();
      case CANCELLED -> planned.cancel(Fixtures.eventMeta()).get().meeting();
    };
  }
}
