package se.psi.core.rules;

/**
 * The parameters of a {@link RuleSet} that a check's finding names in words ("the number of general meetings a
 * year"), in the message bundles as {@code RuleSetParameter.<CONSTANT>}; {@link #field()} is the parameter's name in
 * the ruleset, used in the finding's field path.
 */
public enum RuleSetParameter {
  USUAL_COMMITTEE_SIZE("usualCommitteeSize"),
  GENERAL_MEETINGS_PER_YEAR("generalMeetingsPerYear"),
  PUBLIC_DIALOGUES_PER_YEAR("publicDialoguesPerYear"),
  COORDINATION_MEETINGS_PER_HALF_YEAR("coordinationMeetingsPerHalfYear"),
  CONTACT_VACANCY_GRACE_PERIOD("contactVacancyGracePeriod"),
  CONTACT_REMINDER_INTERVAL("contactReminderInterval");

  private final String field;

  RuleSetParameter(String field) {
    this.field = field;
  }

  public String field() {
    return field;
  }
}
