package se.psi.core.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.psi.core.shared.Violation;

/**
 * RULESET-5: parameters of one ruleset that contradict each other or cannot hold. Each finding names the ruleset
 * (its version is the first argument), the parameter (the field, after {@code prefix}) and the reason.
 */
final class RuleSetContradictions {

  private RuleSetContradictions() {}

  static List<Violation> of(RuleSet ruleSet, String prefix) {
    List<Violation> found = new ArrayList<>();
    String version = ruleSet.version();
    ruleSet.validUntil().filter(until -> until.isBefore(ruleSet.validFrom())).ifPresent(until ->
        found.add(violation(prefix, "validUntil", "ruleset.contradiction.untilBeforeFrom", version,
            ruleSet.validFrom().toString(), until.toString())));
    range(found, prefix, ruleSet, RuleSetParameter.USUAL_COMMITTEE_SIZE, Optional.of(ruleSet.usualCommitteeSize()));
    range(found, prefix, ruleSet, RuleSetParameter.GENERAL_MEETINGS_PER_YEAR, ruleSet.generalMeetingsPerYear());
    range(found, prefix, ruleSet, RuleSetParameter.PUBLIC_DIALOGUES_PER_YEAR, ruleSet.publicDialoguesPerYear());
    range(found, prefix, ruleSet, RuleSetParameter.COORDINATION_MEETINGS_PER_HALF_YEAR,
        ruleSet.coordinationMeetingsPerHalfYear());
    period(found, prefix, ruleSet, RuleSetParameter.CONTACT_VACANCY_GRACE_PERIOD, ruleSet.contactVacancyGracePeriod());
    period(found, prefix, ruleSet, RuleSetParameter.CONTACT_REMINDER_INTERVAL, ruleSet.contactReminderInterval());
    if (ruleSet.committeeMeetingIntervalWeeks() < 1) {
      found.add(violation(prefix, "committeeMeetingIntervalWeeks", "ruleset.contradiction.committeeInterval",
          version, ruleSet.committeeMeetingIntervalWeeks()));
    }
    ruleSet.agreementTermEnd().filter(termEnd -> inForceAfter(ruleSet, termEnd)).ifPresent(termEnd ->
        // MEM-8: a ruleset in force after its agreements' term would admit parties whose agreement has ended.
        found.add(violation(prefix, "validUntil", "ruleset.contradiction.afterAgreementTerm", version,
            termEnd.toString())));
    return found;
  }

  private static boolean inForceAfter(RuleSet ruleSet, LocalDate day) {
    return ruleSet.validUntil().map(until -> until.isAfter(day)).orElse(true);
  }

  private static void range(List<Violation> found, String prefix, RuleSet ruleSet, RuleSetParameter parameter,
      Optional<CountRange> range) {
    range.filter(CountRange::hasNegativeBound).ifPresent(r -> found.add(violation(prefix, parameter.field(),
        "ruleset.contradiction.rangeNegative", ruleSet.version(), parameter, r.min(), r.max())));
    range.filter(CountRange::minimumExceedsMaximum).ifPresent(r -> found.add(violation(prefix, parameter.field(),
        "ruleset.contradiction.rangeReversed", ruleSet.version(), parameter, r.min(), r.max())));
  }

  private static void period(List<Violation> found, String prefix, RuleSet ruleSet, RuleSetParameter parameter,
      Period period) {
    if (period.isZero() || period.isNegative()) {
      found.add(violation(prefix, parameter.field(), "ruleset.contradiction.periodNotPositive", ruleSet.version(),
          parameter));
    }
  }

  private static Violation violation(String prefix, String field, String messageKey, Object... args) {
    return Violation.of(RuleSetChecks.CONTRADICTION, prefix + "." + field, messageKey, args);
  }
}
