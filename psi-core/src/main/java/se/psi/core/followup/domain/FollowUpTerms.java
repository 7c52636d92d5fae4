package se.psi.core.followup.domain;

import java.time.LocalDate;
import java.util.Objects;
import se.psi.core.shared.Sek;

/**
 * GRA-17: the terms of a grant's follow-up as the Region sets them with the decision's conditions: when the final
 * report is due, the co-financing the grantee promised (GRA-16: in money or worked time, valued in kronor), and when
 * the grantee is reminded of the report: {@code reminderLeadDays} before it is due, then every
 * {@code reminderIntervalDays} until it arrives. They are the case's figures, never constants of the library.
 */
public record FollowUpTerms(LocalDate reportDue, Sek coFinancingRequired, int reminderLeadDays,
    int reminderIntervalDays) {

  public FollowUpTerms {
    Objects.requireNonNull(reportDue, "reportDue");
    Objects.requireNonNull(coFinancingRequired, "coFinancingRequired");
    if (reminderLeadDays < 0 || reminderIntervalDays < 1) {
      throw new IllegalArgumentException("reminders: lead days >= 0 and interval >= 1");
    }
  }

  /** The first day the grantee is reminded of the report. */
  public LocalDate firstReminder() {
    return reportDue.minusDays(reminderLeadDays);
  }
}
