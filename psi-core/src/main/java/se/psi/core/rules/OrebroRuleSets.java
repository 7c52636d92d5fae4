package se.psi.core.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.psi.core.shared.OrganisationKind;

/**
 * The rulesets of Partnerskapet för sociala innovationer in Örebro län, from the source documents (cited by file:
 * 001 activity list 2022, 002 brochure, 003 operational plan 2021-2026, 004 agreement 2016-2018).
 *
 * <p>The municipal duties (MEM-6: an official as contact, a responsible political assembly) belong to the 2016
 * agreement [004]; the 2021 plan asks every party only for a board decision and a contact person [003], so the
 * rulesets from 2021 do not require them.
 *
 * <p>Parameters the sources do not give are the library's defaults and say so in {@code source}: the contact
 * vacancy grace period (three months) and reminder interval (one month). The rulesets follow each other without a
 * gap, and the latest stays in force until a later one replaces it (RULESETS).
 */
public final class OrebroRuleSets {

  public static final String PARTNERSHIP = "psi-orebro";

  private static final String REGION = "Region Örebro län";

  private OrebroRuleSets() {}

  public static RuleSetRegistry registry() {
    return RuleSetRegistry.of(PARTNERSHIP, all());
  }

  public static List<RuleSet> all() {
    return List.of(start2015(), agreement2016(), afterAgreement2019(), plan2021(), activityList2022(),
        coordination2023());
  }

  /** MEM-1 [004]: idea-driven organisations, public actors, and business through regional networks. */
  private static Set<OrganisationKind> withoutCompanies() {
    return EnumSet.complementOf(EnumSet.of(OrganisationKind.COMPANY));
  }

  private static RuleSet.Builder common() {
    return RuleSet.builder()
        .partnership(PARTNERSHIP)
        .contactVacancyGracePeriod(Period.ofMonths(3))
        .contactReminderInterval(Period.ofMonths(1))
        .civilSocietyMajorityRequired(true)
        .usualCommitteeSize(CountRange.between(7, 8))
        .committeeMeetingIntervalWeeks(3)
        .committeeConvenor(REGION)
        // GRA-1 [002]: the Region's grant addresses civil-society organisations, and the brochure tells of
        // organisations "inom civilsamhälle och social ekonomi" funded, a social-enterprise project among them: both
        // sectors of the idea-driven sector may apply.
        .addGrantApplicantSectors(se.psi.core.shared.Sector.CIVIL_SOCIETY, se.psi.core.shared.Sector.SOCIAL_ECONOMY);
  }

  static RuleSet start2015() {
    return common().version("orebro-2015")
        .validFrom(LocalDate.of(2015, 1, 1)).validUntil(LocalDate.of(2015, 12, 31))
        .source("PSI starts 2015-01-01, replacing L&SEK [003]; library default for contact grace period")
        .admittedKinds(withoutCompanies())
        .municipalityDutiesRequired(false)
        .build();
  }

  static RuleSet agreement2016() {
    return common().version("orebro-2016")
        // MEM-8: in force until the agreement's term ends, so that no one is admitted under an agreement that has
        // already ended ("gäller från undertecknande till och med utgången av 2018" [004]).
        .validFrom(LocalDate.of(2016, 1, 1)).validUntil(LocalDate.of(2018, 12, 31))
        .source("Överenskommelse 2016, coordinated by Stiftelsen Cesam, term until 2018-12-31 [004]")
        .admittedKinds(withoutCompanies())
        .municipalityDutiesRequired(true)
        .agreementTermEnd(LocalDate.of(2018, 12, 31))
        .addPracticalCoordinators("Stiftelsen Cesam")
        .coordinationMeetingsPerHalfYear(CountRange.between(1, 2))
        .build();
  }

  /**
   * Between the 2016 agreement's term and the 2021 plan the sources give no new rules: the partnership went on (its
   * working committee led the work on the plan during 2020 [003]). The library reads the period as the 2016
   * parameters without the agreement's own terms.
   */
  static RuleSet afterAgreement2019() {
    return common().version("orebro-2019")
        .validFrom(LocalDate.of(2019, 1, 1)).validUntil(LocalDate.of(2020, 12, 31))
        .source("The 2016 agreement's term ended 2018-12-31 [004]; the partnership went on, its working committee"
            + " leading the work on the 2021 plan during 2020 [003]. The library's reading, not a source:"
            + " admissions have no fixed term, and neither the municipalities' duties (MEM-6) nor the coordination"
            + " meetings of the 2016 agreement [004] apply; the other parameters, Stiftelsen Cesam's coordination"
            + " included, are those of 2016")
        .admittedKinds(withoutCompanies())
        .municipalityDutiesRequired(false)
        .addPracticalCoordinators("Stiftelsen Cesam")
        .build();
  }

  static RuleSet plan2021() {
    return common().version("orebro-2021")
        .validFrom(LocalDate.of(2021, 1, 1)).validUntil(LocalDate.of(2021, 12, 31))
        .source("Verksamhetsplan 2021-2026: private companies invited, four general meetings a year [003]")
        .admittedKinds(EnumSet.allOf(OrganisationKind.class))
        .municipalityDutiesRequired(false)
        .generalMeetingsPerYear(CountRange.exactly(4))
        .publicDialoguesPerYear(CountRange.exactly(4))
        .build();
  }

  /** MTG-1 [002, 001]: a fixed agenda; from 2022 with an environment scan and organisations in focus. */
  private static final List<String> AGENDA_FROM_2022 = List.of("agenda.opening", "agenda.environmentScan",
      "agenda.organisationsInFocus", "agenda.partnershipMatters", "agenda.closing");

  static RuleSet activityList2022() {
    return common().version("orebro-2022")
        .validFrom(LocalDate.of(2022, 1, 1)).validUntil(LocalDate.of(2022, 12, 31))
        .source("Aktivitetslista 2022: 2-4 general meetings, four public dialogues [001]")
        .admittedKinds(EnumSet.allOf(OrganisationKind.class))
        .municipalityDutiesRequired(false)
        .generalMeetingsPerYear(CountRange.between(2, 4))
        .publicDialoguesPerYear(CountRange.exactly(4))
        .generalMeetingAgenda(AGENDA_FROM_2022)
        .build();
  }

  static RuleSet coordination2023() {
    return common().version("orebro-2023")
        // The latest ruleset stays in force until a later one replaces it (RULESETS): the plan's period ends in
        // 2026 [003], the partnership does not.
        .validFrom(LocalDate.of(2023, 1, 1))
        .source("Practical coordination by Stiftelsen Activa and Möckelnföreningarna; about two general meetings"
            + " and two public dialogues a year [002]; in force until a later ruleset replaces it")
        .admittedKinds(EnumSet.allOf(OrganisationKind.class))
        .municipalityDutiesRequired(false)
        .addPracticalCoordinators("Stiftelsen Activa", "Möckelnföreningarna")
        .generalMeetingsPerYear(CountRange.exactly(2))
        .publicDialoguesPerYear(CountRange.exactly(2))
        .generalMeetingAgenda(AGENDA_FROM_2022)
        .build();
  }
}
