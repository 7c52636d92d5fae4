package se.psi.core.meeting.domain;

import static se.psi.core.rules.RuleSetParameter.COORDINATION_MEETINGS_PER_HALF_YEAR;
import static se.psi.core.rules.RuleSetParameter.GENERAL_MEETINGS_PER_YEAR;
import static se.psi.core.rules.RuleSetParameter.PUBLIC_DIALOGUES_PER_YEAR;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.psi.core.rules.CountRange;
import se.psi.core.rules.Evaluation;
import se.psi.core.rules.Rule;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.Verdicts;

/** The meetings' yearly targets, judged against the ruleset in force in the year. */
public final class MeetingRules {

  /**
   * A year's meetings, counted.
   *
   * @param year the year
   * @param planned meetings planned (not cancelled, not yet held) per format
   * @param held meetings held per format
   * @param heldPerHalfYear coordination meetings held in January-June and July-December
   * @param plannedPerHalfYear coordination meetings planned in each half-year
   */
  public record YearCounts(Year year, Map<MeetingFormat, Integer> planned, Map<MeetingFormat, Integer> held,
      List<Integer> heldPerHalfYear, List<Integer> plannedPerHalfYear) {}

  /** MTG-1: the year's general meetings against the ruleset's target. */
  public static final Rule<YearCounts> MTG_1 = Rule.of("MTG-1", Set.of(GENERAL_MEETINGS_PER_YEAR),
      (counts, ruleSet, is) ->
      target(ruleSet.generalMeetingsPerYear(), MeetingFormat.GENERAL_MEETING, counts, ruleSet, is));

  /** MTG-2: the year's public dialogues against the ruleset's target. */
  public static final Rule<YearCounts> MTG_2 = Rule.of("MTG-2", Set.of(PUBLIC_DIALOGUES_PER_YEAR),
      (counts, ruleSet, is) ->
      target(ruleSet.publicDialoguesPerYear(), MeetingFormat.PUBLIC_DIALOGUE, counts, ruleSet, is));

  /**
   * MTG-4: coordination meetings are judged for each half-year on its own (January-June, July-December), so that
   * meetings in one half never make up for a half without any; once, not applicable, where the ruleset has none.
   */
  public static final Rule<YearCounts> MTG_4 = Rule.each("MTG-4", Set.of(COORDINATION_MEETINGS_PER_HALF_YEAR),
      (counts, ruleSet, is) -> {
    MeetingFormat format = MeetingFormat.COORDINATION_MEETING;
    if (ruleSet.coordinationMeetingsPerHalfYear().isEmpty()) {
      return List.of(is.notApplicable("meeting.target.none", format, ruleSet.version()));
    }
    CountRange range = ruleSet.coordinationMeetingsPerHalfYear().get();
    int year = counts.year().getValue();
    List<Evaluation> halves = new ArrayList<>();
    for (int half = 1; half <= 2; half++) {
      int done = counts.heldPerHalfYear().get(half - 1);
      int expected = done + counts.plannedPerHalfYear().get(half - 1);
      halves.add(range.contains(done) || done > range.max()
          ? is.met(done > range.max() ? "meeting.target.halfYear.exceeded" : "meeting.target.halfYear.met",
              format, done, range.toString(), half, year)
          : is.notMet("", "meeting.target.halfYear.notYet", format, done, expected, range.toString(), half, year));
    }
    return halves;
  });

  /** A year's targets, in the order they are explained. */
  public static final List<Rule<YearCounts>> YEAR_TARGETS = List.of(MTG_1, MTG_2, MTG_4);

  /** Every rule of the meeting feature, for the catalogue. */
  public static final List<Rule<?>> EVERY = List.of(MTG_1, MTG_2, MTG_4);

  private MeetingRules() {}

  private static Evaluation target(Optional<CountRange> target, MeetingFormat format, YearCounts counts,
      RuleSet ruleSet, Verdicts is) {
    if (target.isEmpty()) {
      return is.notApplicable("meeting.target.none", format, ruleSet.version());
    }
    int done = counts.held().get(format);
    int expected = done + counts.planned().get(format);
    CountRange range = target.get();
    if (range.contains(done)) {
      return is.met("meeting.target.met", format, done, range.toString());
    }
    return done > range.max()
        ? is.met("meeting.target.exceeded", format, done, range.toString())
        : is.notMet("", "meeting.target.notYet", format, done, expected, range.toString());
  }
}
