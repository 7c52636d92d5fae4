package se.psi.core.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import se.psi.core.shared.OrganisationKind;

/** Plain rulesets of a partnership "p" for the registry's tests: sound parameters unless a test changes one. */
final class RuleSetFixtures {

  static final String PARTNERSHIP = "p";

  private RuleSetFixtures() {}

  /** A sound ruleset {@code version} in force from {@code from} to {@code until} (null: until replaced). */
  static RuleSet.Builder ruleSet(String version, String from, String until) {
    RuleSet.Builder builder = RuleSet.builder();
    builder.partnership(PARTNERSHIP).version(version)
        .validFrom(LocalDate.parse(from)).source("test")
        .admittedKinds(EnumSet.allOf(OrganisationKind.class)).municipalityDutiesRequired(false)
        .contactVacancyGracePeriod(Period.ofMonths(1)).contactReminderInterval(Period.ofWeeks(1))
        .civilSocietyMajorityRequired(true).usualCommitteeSize(CountRange.between(5, 9))
        .committeeMeetingIntervalWeeks(2).committeeConvenor("Region");
    if (until != null) {
      builder.validUntil(LocalDate.parse(until));
    }
    return builder;
  }
}
