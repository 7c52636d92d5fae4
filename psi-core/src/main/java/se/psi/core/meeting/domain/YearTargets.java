package se.psi.core.meeting.domain;

import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.psi.core.rules.Explanation;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.Rules;

/**
 * Meetings of a year against the targets of that year's ruleset (MTG-1 general meetings, MTG-2 public dialogues,
 * MTG-4 coordination meetings, judged for each half-year), planned and held per format, with the explanation.
 *
 * @param year the year
 * @param planned meetings planned (not cancelled, not yet held) per format
 * @param held meetings held per format
 * @param explanation the targets evaluated, under the ruleset in force at the start of the year: MTG-1, MTG-2, then
 *     MTG-4 once for each half-year where the ruleset has coordination meetings (once, not applicable, otherwise)
 */
public record YearTargets(Year year, Map<MeetingFormat, Integer> planned, Map<MeetingFormat, Integer> held,
    Explanation explanation) {

  public YearTargets {
    planned = Map.copyOf(planned);
    held = Map.copyOf(held);
  }

  /** Counts the year's meetings and judges them by {@code ruleSet}, the one in force in that year. */
  public static YearTargets of(Year year, List<Meeting> meetings, RuleSet ruleSet) {
    List<Meeting> ofYear = meetings.stream().filter(m -> Year.from(m.date()).equals(year)).toList();
    Map<MeetingFormat, Integer> planned = count(ofYear, MeetingStatus.PLANNED);
    Map<MeetingFormat, Integer> held = count(ofYear, MeetingStatus.HELD);
    List<Integer> heldPerHalf = new ArrayList<>();
    List<Integer> plannedPerHalf = new ArrayList<>();
    for (int half = 1; half <= 2; half++) {
      int inHalf = half;
      List<Meeting> ofHalf = ofYear.stream().filter(m -> halfOf(m) == inHalf).toList();
      heldPerHalf.add(count(ofHalf, MeetingStatus.HELD).get(MeetingFormat.COORDINATION_MEETING));
      plannedPerHalf.add(count(ofHalf, MeetingStatus.PLANNED).get(MeetingFormat.COORDINATION_MEETING));
    }
    MeetingRules.YearCounts counts = new MeetingRules.YearCounts(year, planned, held, heldPerHalf, plannedPerHalf);
    return new YearTargets(year, planned, held,
        Rules.explain(MeetingRules.YEAR_TARGETS, counts, ruleSet, year.atDay(1)));
  }

  /** 1 for January to June, 2 for July to December. */
  private static int halfOf(Meeting meeting) {
    return meeting.date().getMonthValue() <= 6 ? 1 : 2;
  }

  private static Map<MeetingFormat, Integer> count(List<Meeting> meetings, MeetingStatus status) {
    Map<MeetingFormat, Integer> counts = new EnumMap<>(MeetingFormat.class);
    for (MeetingFormat format : MeetingFormat.values()) {
      counts.put(format, 0);
    }
    meetings.stream().filter(m -> m.status() == status).forEach(m -> counts.merge(m.format(), 1, Integer::sum));
    return counts;
  }
}
