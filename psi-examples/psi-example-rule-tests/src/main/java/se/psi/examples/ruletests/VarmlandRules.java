package se.psi.examples.ruletests;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import se.psi.core.rules.CountRange;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.RuleSetRegistry;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.Sector;

/**
 * A fictitious partnership in another region, as its integrator would configure the library: every kind of
 * organisation may join, companies too (not only through business networks as in Örebro), and it holds three
 * general meetings a year. A ruleset is data: nothing here is code the core runs.
 */
public final class VarmlandRules {

  public static final String PARTNERSHIP = "psi-varmland";

  private VarmlandRules() {}

  public static RuleSet rules2025() {
    return RuleSet.builder()
        .partnership(PARTNERSHIP).version("varmland-2025")
        // In force until a later ruleset replaces it: an agreement's period ends, the partnership goes on (RULESETS).
        .validFrom(LocalDate.of(2025, 1, 1))
        .source("Överenskommelse om partnerskap för sociala innovationer i Värmland 2025 (example)")
        .admittedKinds(EnumSet.allOf(OrganisationKind.class))
        .municipalityDutiesRequired(true)
        .contactVacancyGracePeriod(Period.ofMonths(2)).contactReminderInterval(Period.ofWeeks(2))
        .civilSocietyMajorityRequired(true).usualCommitteeSize(CountRange.between(5, 9))
        .committeeMeetingIntervalWeeks(4).committeeConvenor("Region Värmland")
        .generalMeetingsPerYear(CountRange.exactly(3))
        .addGrantApplicantSectors(Sector.CIVIL_SOCIETY, Sector.SOCIAL_ECONOMY)
        .build();
  }

  public static RuleSetRegistry registry() {
    return RuleSetRegistry.of(PARTNERSHIP, List.of(rules2025()));
  }
}
