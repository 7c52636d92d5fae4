package se.psi.core.rules;

/**
 * The parameters of a {@link RuleSet}: what a rule reads ({@link Rule#reads()}) and what a check's finding names in
 * words ("the number of general meetings a year"), in the message bundles as {@code RuleSetParameter.<CONSTANT>};
 * {@link #field()} is the parameter's name in the ruleset, used in a finding's field path and in the API. The
 * ruleset's identity (partnership, version, period, source) is not a parameter: no rule's verdict turns on it.
 */
public enum RuleSetParameter {
  ADMITTED_KINDS("admittedKinds"),
  MUNICIPALITY_DUTIES_REQUIRED("municipalityDutiesRequired"),
  AGREEMENT_TERM_END("agreementTermEnd"),
  CONTACT_VACANCY_GRACE_PERIOD("contactVacancyGracePeriod"),
  CONTACT_REMINDER_INTERVAL("contactReminderInterval"),
  CIVIL_SOCIETY_MAJORITY_REQUIRED("civilSocietyMajorityRequired"),
  USUAL_COMMITTEE_SIZE("usualCommitteeSize"),
  COMMITTEE_MEETING_INTERVAL_WEEKS("committeeMeetingIntervalWeeks"),
  COMMITTEE_CONVENOR("committeeConvenor"),
  PRACTICAL_COORDINATORS("practicalCoordinators"),
  GENERAL_MEETINGS_PER_YEAR("generalMeetingsPerYear"),
  PUBLIC_DIALOGUES_PER_YEAR("publicDialoguesPerYear"),
  COORDINATION_MEETINGS_PER_HALF_YEAR("coordinationMeetingsPerHalfYear"),
  GENERAL_MEETING_AGENDA("generalMeetingAgenda"),
  GRANT_APPLICANT_SECTORS("grantApplicantSectors");

  private final String field;

  RuleSetParameter(String field) {
    this.field = field;
  }

  public String field() {
    return field;
  }
}
