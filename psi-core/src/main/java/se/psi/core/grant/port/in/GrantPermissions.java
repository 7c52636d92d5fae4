package se.psi.core.grant.port.in;

import java.util.List;
import se.psi.core.shared.Role;
import se.psi.core.port.in.Permission;

/** Who may call the grant use cases (docs/roles.md). Applicants act only on their own organisation's applications. */
public final class GrantPermissions {

  public static final Permission MANAGE_SCHEMES = Permission.roles("ManageGrantSchemes", Role.ADMINISTRATOR);
  public static final Permission READ_SCHEMES = Permission.publicRead("ReadGrantSchemes");
  public static final Permission MANAGE_DELEGATIONS = Permission.roles("ManageDelegations", Role.ADMINISTRATOR);
  /** The applicant organisation's own administrator drafts, revises, submits, resubmits and withdraws. */
  public static final Permission APPLY_FOR_GRANT = Permission.ownOrganisationOr("ApplyForGrant", Role.ADMINISTRATOR);
  public static final Permission READ_GRANT_APPLICATION = Permission.ownOrganisationOr("ReadGrantApplication",
      Role.HANDLING_GROUP_MEMBER, Role.DELEGATED_DECIDER, Role.ADMINISTRATOR);
  /** GRA-4: the handling group forms itself and assesses; GRA-7 is checked person by person in the domain. */
  public static final Permission ASSESS_GRANT = Permission.roles("AssessGrant", Role.HANDLING_GROUP_MEMBER);
  /**
   * GRA-7: a handling-group member declares that there is no jäv, or a conflict; the decider may declare a conflict
   * (and then cannot decide).
   */
  public static final Permission DECLARE_CONFLICT = Permission.roles("DeclareConflictOfInterest",
      Role.HANDLING_GROUP_MEMBER, Role.DELEGATED_DECIDER);
  /** GRA-5: only a delegated decider decides; the delegation itself is checked in the domain. */
  public static final Permission DECIDE_GRANT = Permission.roles("DecideGrant", Role.DELEGATED_DECIDER);
  /** Anmälan av delegationsbeslut: the decisions taken on delegation, reported for a period. */
  public static final Permission REPORT_DELEGATED_DECISIONS = Permission.roles("ReportDelegatedDecisions",
      Role.COMMITTEE_MEMBER, Role.DELEGATED_DECIDER, Role.ADMINISTRATOR);
  /**
   * GRA-9: the handling group's official (or the records administrator) gives a registered case its public title and
   * marks what is under secrecy.
   */
  public static final Permission DESCRIBE_GRANT_CASE = Permission.roles("DescribeGrantCase",
      Role.HANDLING_GROUP_MEMBER, Role.ADMINISTRATOR);
  /** The handling group's queue of cases it handles (GRA-4). */
  public static final Permission READ_HANDLING_QUEUE = Permission.roles("ReadHandlingQueue",
      Role.HANDLING_GROUP_MEMBER, Role.ADMINISTRATOR);
  /** The decider's queue of proposals ready for decision (GRA-5). */
  public static final Permission READ_DECISION_QUEUE = Permission.roles("ReadDecisionQueue",
      Role.DELEGATED_DECIDER, Role.ADMINISTRATOR);
  /** An applicant organisation's own applications and drafts. */
  public static final Permission READ_OWN_GRANT_APPLICATIONS = Permission.ownOrganisationOr(
      "ReadOwnGrantApplications", Role.ADMINISTRATOR);
  /** Granted projects are published. */
  public static final Permission FIND_GRANTED_PROJECTS = Permission.publicRead("FindGrantedProjects");

  private GrantPermissions() {}

  public static List<Permission> all() {
    return List.of(MANAGE_SCHEMES, READ_SCHEMES, MANAGE_DELEGATIONS, APPLY_FOR_GRANT, READ_GRANT_APPLICATION,
        ASSESS_GRANT, DECLARE_CONFLICT, DECIDE_GRANT, REPORT_DELEGATED_DECISIONS, FIND_GRANTED_PROJECTS,
        DESCRIBE_GRANT_CASE, READ_HANDLING_QUEUE, READ_DECISION_QUEUE, READ_OWN_GRANT_APPLICATIONS);
  }
}
