package se.psi.adapters.web.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.psi.core.rules.CountRange;
import se.psi.core.rules.RuleSet;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.Sector;

/** A ruleset as data: which rules are in force for a period, and the source they come from. */
public record RuleSetJson(String partnership, String version, LocalDate validFrom, LocalDate validUntil,
    String source, Set<OrganisationKind> admittedKinds, boolean municipalityDutiesRequired,
    LocalDate agreementTermEnd, String contactVacancyGracePeriod, String contactReminderInterval,
    boolean civilSocietyMajorityRequired, CountRange usualCommitteeSize, int committeeMeetingIntervalWeeks,
    String committeeConvenor, List<String> practicalCoordinators, CountRange generalMeetingsPerYear,
    CountRange publicDialoguesPerYear, CountRange coordinationMeetingsPerHalfYear, List<String> generalMeetingAgenda,
    Set<Sector> grantApplicantSectors) {

  public static RuleSetJson of(RuleSet rules) {
    return new RuleSetJson(rules.partnership(), rules.version(), rules.validFrom(), rules.validUntil().orElse(null),
        rules.source(), rules.admittedKinds(), rules.municipalityDutiesRequired(),
        rules.agreementTermEnd().orElse(null), rules.contactVacancyGracePeriod().toString(),
        rules.contactReminderInterval().toString(), rules.civilSocietyMajorityRequired(),
        rules.usualCommitteeSize(), rules.committeeMeetingIntervalWeeks(), rules.committeeConvenor(),
        rules.practicalCoordinators(), rules.generalMeetingsPerYear().orElse(null),
        rules.publicDialoguesPerYear().orElse(null), rules.coordinationMeetingsPerHalfYear().orElse(null),
        rules.generalMeetingAgenda(), rules.grantApplicantSectors());
  }
}
