package se.psi.core.meeting.domain;

import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.psi.core.rules.CountRange;
import se.psi.core.rules.Evaluation;
import se.psi.core.rules.Explanation;
import se.psi.core.rules.RuleSet;

/**
 * Meetings of a year against the targets of that year's ruleset (MTG-1 general meetings, MTG-2 public dialogues,
 * MTG-4 coordination meetings per half-year), planned and held per format, with the explanation.
 *
 * @param year the year
 * @param planned meetings planned (not cancelled, not yet held) per format
 * @param held meetings held per format
 * @param explanation the targets evaluated, under the ruleset in force at the start of the year
 */
public record YearTargets(Year year, Map<MeetingFormat, Integer> planned, Map<MeetingFormat, Integer> held,
    Explanation explanation) {

  public YearTargets {
    planned = Map.copyOf(planned);
    held = Map.copyOf(held);
  }

  /** Counts the year's meetings and judges them by {@code ruleSet}, the one in force in that year. */
  public static YearTargets of(Year year, List<Meeting> meetings, RuleSet ruleSet) {
    Map<MeetingFormat, Integer> planned = new EnumMap<>(MeetingFormat.class);
    Map<MeetingFormat, Integer> held = new EnumMap<>(MeetingFormat.class);
    for (MeetingFormat format : MeetingFormat.values()) {
      planned.put(format, 0);
      held.put(format, 0);
    }
    meetings.stream().filter(m -> Year.from(m.date()).equals(year)).forEach(meeting -> {
      switch (meeting.status()) {
        case PLANNED -> planned.merge(meeting.format(), 1, Integer::sum);
        case HELD -> held.merge(meeting.format(), 1, Integer::sum);
        case CANCELLED -> { }
      }
    });
    List<Evaluation> evaluations = new ArrayList<>();
    evaluations.add(target("MTG-1", ruleSet.generalMeetingsPerYear(), MeetingFormat.GENERAL_MEETING, planned, held,
        ruleSet));
    evaluations.add(target("MTG-2", ruleSet.publicDialoguesPerYear(), MeetingFormat.PUBLIC_DIALOGUE, planned, held,
        ruleSet));
    evaluations.add(target("MTG-4", ruleSet.coordinationMeetingsPerHalfYear()
        .map(half -> CountRange.between(half.min() * 2, half.max() * 2)), MeetingFormat.COORDINATION_MEETING,
        planned, held, ruleSet));
    return new YearTargets(year, planned, held,
        new Explanation(ruleSet.version(), year.atDay(1), evaluations));
  }

  private static Evaluation target(String ruleId, Optional<CountRange> target, MeetingFormat format,
      Map<MeetingFormat, Integer> planned, Map<MeetingFormat, Integer> held, RuleSet ruleSet) {
    if (target.isEmpty()) {
      return Evaluation.notApplicable(ruleId, "meeting.target.none", format, ruleSet.version());
    }
    int done = held.get(format);
    int expected = done + planned.get(format);
    CountRange range = target.get();
    if (range.contains(done)) {
      return Evaluation.met(ruleId, "meeting.target.met", format, done, range.toString());
    }
    return done > range.max()
        ? Evaluation.met(ruleId, "meeting.target.exceeded", format, done, range.toString())
        : Evaluation.notMet(ruleId, "", "meeting.target.notYet", format, done, expected, range.toString());
  }
}
