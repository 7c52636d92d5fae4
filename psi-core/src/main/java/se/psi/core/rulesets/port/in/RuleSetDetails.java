package se.psi.core.rulesets.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.psi.core.rules.CountRange;
import se.psi.core.rules.RuleSet;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.Sector;

/**
 * A ruleset as given in a query, with the parameters of {@link RuleSet} under the same names: its shape is checked
 * here (required, lengths, periods written in ISO 8601 such as {@code P3M}); whether the parameters hold together
 * is for the checks of the rulesets. Absent lists and optional ranges are empty.
 */
public record RuleSetDetails(
    @NotBlank @Size(max = 100) String partnership,
    @NotBlank @Size(max = 100) String version,
    @NotNull LocalDate validFrom,
    LocalDate validUntil,
    @NotBlank @Size(max = 2000) String source,
    @NotNull Set<@NotNull OrganisationKind> admittedKinds,
    boolean municipalityDutiesRequired,
    LocalDate agreementTermEnd,
    @NotNull @Pattern(regexp = PERIOD, message = "{ruleset.periodFormat}") String contactVacancyGracePeriod,
    @NotNull @Pattern(regexp = PERIOD, message = "{ruleset.periodFormat}") String contactReminderInterval,
    boolean civilSocietyMajorityRequired,
    @NotNull CountRange usualCommitteeSize,
    int committeeMeetingIntervalWeeks,
    @NotBlank @Size(max = 200) String committeeConvenor,
    @Size(max = 20) List<@NotBlank @Size(max = 200) String> practicalCoordinators,
    CountRange generalMeetingsPerYear,
    CountRange publicDialoguesPerYear,
    CountRange coordinationMeetingsPerHalfYear,
    @Size(max = 30) List<@NotBlank @Size(max = 100) String> generalMeetingAgenda,
    Set<@NotNull Sector> grantApplicantSectors) {

  /** A period in ISO 8601 without signs, at least one part: {@code P3M}, {@code P2W}, {@code P1Y6M}, {@code P0D}. */
  static final String PERIOD = "P(?=\\d)(\\d{1,4}Y)?(\\d{1,4}M)?(\\d{1,4}W)?(\\d{1,5}D)?";

  public static RuleSetDetails of(RuleSet ruleSet) {
    return new RuleSetDetails(ruleSet.partnership(), ruleSet.version(), ruleSet.validFrom(),
        ruleSet.validUntil().orElse(null), ruleSet.source(), ruleSet.admittedKinds(),
        ruleSet.municipalityDutiesRequired(), ruleSet.agreementTermEnd().orElse(null),
        ruleSet.contactVacancyGracePeriod().toString(), ruleSet.contactReminderInterval().toString(),
        ruleSet.civilSocietyMajorityRequired(), ruleSet.usualCommitteeSize(), ruleSet.committeeMeetingIntervalWeeks(),
        ruleSet.committeeConvenor(), ruleSet.practicalCoordinators(), ruleSet.generalMeetingsPerYear().orElse(null),
        ruleSet.publicDialoguesPerYear().orElse(null), ruleSet.coordinationMeetingsPerHalfYear().orElse(null),
        ruleSet.generalMeetingAgenda(), ruleSet.grantApplicantSectors());
  }

  /** The ruleset; only for details whose shape is valid. */
  public RuleSet toRuleSet() {
    RuleSet.Builder builder = RuleSet.builder();
    builder.partnership(partnership.strip()).version(version.strip()).validFrom(validFrom)
        .validUntil(Optional.ofNullable(validUntil)).source(source.strip()).admittedKinds(admittedKinds)
        .municipalityDutiesRequired(municipalityDutiesRequired).agreementTermEnd(Optional.ofNullable(agreementTermEnd))
        .contactVacancyGracePeriod(Period.parse(contactVacancyGracePeriod))
        .contactReminderInterval(Period.parse(contactReminderInterval))
        .civilSocietyMajorityRequired(civilSocietyMajorityRequired).usualCommitteeSize(usualCommitteeSize)
        .committeeMeetingIntervalWeeks(committeeMeetingIntervalWeeks).committeeConvenor(committeeConvenor.strip())
        .practicalCoordinators(orEmpty(practicalCoordinators).stream().map(String::strip).toList())
        .generalMeetingsPerYear(Optional.ofNullable(generalMeetingsPerYear))
        .publicDialoguesPerYear(Optional.ofNullable(publicDialoguesPerYear))
        .coordinationMeetingsPerHalfYear(Optional.ofNullable(coordinationMeetingsPerHalfYear))
        .generalMeetingAgenda(orEmpty(generalMeetingAgenda).stream().map(String::strip).toList())
        .grantApplicantSectors(grantApplicantSectors == null ? Set.of() : grantApplicantSectors);
    return builder.build();
  }

  private static List<String> orEmpty(List<String> list) {
    return list == null ? List.of() : list;
  }
}
