package se.psi.core.followup.port.in;

import java.util.List;
import se.psi.core.port.in.Permission;
import se.psi.core.shared.Role;

/**
 * Who may call the follow-up use cases (GRA-17, docs/roles.md). The grantee acts through its own organisation's
 * administrator (or the system's administrator for it); a payout request is further signed by an authorised signatory, which the rules check person by
 * person. The Region opens the follow-up, decides changes and claims repayment on delegation, and its administration
 * records payments received and runs the daily reminders.
 */
public final class FollowUpPermissions {

  public static final Permission OPEN_FOLLOW_UP = Permission.roles("OpenGrantFollowUp", Role.DELEGATED_DECIDER,
      Role.ADMINISTRATOR);
  public static final Permission ACCEPT_GRANT = Permission.ownOrganisationOr("AcceptGrant",
      Role.ADMINISTRATOR);
  public static final Permission REQUEST_PAYOUT = Permission.ownOrganisationOr("RequestPayout",
      Role.ADMINISTRATOR);
  public static final Permission REQUEST_PROJECT_CHANGE = Permission.ownOrganisationOr("RequestProjectChange",
      Role.ADMINISTRATOR);
  public static final Permission DECIDE_PROJECT_CHANGE = Permission.roles("DecideProjectChange",
      Role.DELEGATED_DECIDER);
  public static final Permission SUBMIT_FINAL_REPORT = Permission.ownOrganisationOr("SubmitFinalReport",
      Role.ADMINISTRATOR);
  public static final Permission REMIND_FINAL_REPORTS = Permission.roles("RemindFinalReports", Role.ADMINISTRATOR);
  public static final Permission CLAIM_REPAYMENT = Permission.roles("ClaimRepayment", Role.DELEGATED_DECIDER);
  public static final Permission RECORD_REPAYMENT = Permission.roles("RecordRepayment", Role.ADMINISTRATOR);
  /** The grantee's own administrator and those who handle grants see a follow-up; to anyone else it does not exist. */
  public static final Permission READ_FOLLOW_UP = Permission.ownOrganisationOr("ReadGrantFollowUp",
      Role.HANDLING_GROUP_MEMBER, Role.DELEGATED_DECIDER, Role.ADMINISTRATOR);

  private FollowUpPermissions() {}

  public static List<Permission> all() {
    return List.of(OPEN_FOLLOW_UP, ACCEPT_GRANT, REQUEST_PAYOUT, REQUEST_PROJECT_CHANGE, DECIDE_PROJECT_CHANGE,
        SUBMIT_FINAL_REPORT, REMIND_FINAL_REPORTS, CLAIM_REPAYMENT, RECORD_REPAYMENT, READ_FOLLOW_UP);
  }
}
