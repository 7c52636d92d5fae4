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
    List<Evaluation> evaluations = new ArrayList<>();
    evaluations.add(target("MTG-1", ruleSet.generalMeetingsPerYear(), MeetingFormat.GENERAL_MEETING, planned, held,
        ruleSet));
    evaluations.add(target("MTG-2", ruleSet.publicDialoguesPerYear(), MeetingFormat.PUBLIC_DIALOGUE, planned, held,
        ruleSet));
    evaluations.addAll(coordinationPerHalfYear(year, ofYear, ruleSet));
    return new YearTargets(year, planned, held,
        new Explanation(ruleSet.version(), year.atDay(1), evaluations));
  }

  /**
   * MTG-4: coordination meetings are judged for each half-year on its own (January-June, July-December), so that
   * meetings in one half never make up for a half without any.
   */
  private static List<Evaluation> coordinationPerHalfYear(Year year, List<Meeting> ofYear, RuleSet ruleSet) {
    MeetingFormat format = MeetingFormat.COORDINATION_MEETING;
    if (ruleSet.coordinationMeetingsPerHalfYear().isEmpty()) {
      return List.of(Evaluation.notApplicable("MTG-4", "meeting.target.none", format, ruleSet.version()));
    }
    CountRange range = ruleSet.coordinationMeetingsPerHalfYear().get();
    List<Evaluation> halves = new ArrayList<>();
    for (int half = 1; half <= 2; half++) {
      int inHalf = half;
      List<Meeting> ofHalf = ofYear.stream().filter(m -> halfOf(m) == inHalf).toList();
      int done = count(ofHalf, MeetingStatus.HELD).get(format);
      int expected = done + count(ofHalf, MeetingStatus.PLANNED).get(format);
      halves.add(range.contains(done) || done > range.max()
          ? Evaluation.met("MTG-4", done > range.max() ? "meeting.target.halfYear.exceeded"
              : "meeting.target.halfYear.met", format, done, range.toString(), half, year.getValue())
          : Evaluation.notMet("MTG-4", "", "meeting.target.halfYear.notYet", format, done, expected,
              range.toString(), half, year.getValue()));
    }
    return halves;
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
