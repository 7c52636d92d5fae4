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
  /** GRA-10: a handler sends the proposal to the applicant (kommunicering) and records what came of it. */
  public static final Permission COMMUNICATE_GRANT_PROPOSAL = Permission.roles("CommunicateGrantProposal",
      Role.HANDLING_GROUP_MEMBER, Role.DELEGATED_DECIDER);
  public static final Permission RECORD_COMMUNICATION_ANSWER = Permission.roles("RecordCommunicationAnswer",
      Role.HANDLING_GROUP_MEMBER, Role.DELEGATED_DECIDER);
  /** GRA-10: only the decider judges that kommunicering is not needed. */
  public static final Permission WAIVE_COMMUNICATION = Permission.roles("WaiveCommunication",
      Role.DELEGATED_DECIDER);
  /** GRA-11: the applicant asks for a decision, itself or through the registry. */
  public static final Permission REQUEST_GRANT_DECISION = Permission.ownOrganisationOr("RequestGrantDecision",
      Role.HANDLING_GROUP_MEMBER, Role.DELEGATED_DECIDER, Role.ADMINISTRATOR);
  /** GRA-11: refusing the request is a decision: the delegated decider's. */
  public static final Permission REFUSE_DECISION_REQUEST = Permission.roles("RefuseDecisionRequest",
      Role.DELEGATED_DECIDER);
  /** GRA-12: whoever sent the decision records when and how. */
  public static final Permission RECORD_DECISION_NOTICE = Permission.roles("RecordDecisionNotice",
      Role.HANDLING_GROUP_MEMBER, Role.DELEGATED_DECIDER, Role.ADMINISTRATOR);
  /** GRA-15: a correction or change is a decision: the delegated decider's, on a delegation in force. */
  public static final Permission REVISE_GRANT_DECISION = Permission.roles("ReviseGrantDecision",
      Role.DELEGATED_DECIDER);
  /** GRA-14: the delegation register is read by those who decide, handle or report on delegated decisions. */
  public static final Permission FIND_DELEGATIONS = Permission.roles("FindDelegations", Role.COMMITTEE_MEMBER,
      Role.HANDLING_GROUP_MEMBER, Role.DELEGATED_DECIDER, Role.ADMINISTRATOR);
  public static final Permission REVOKE_DELEGATION = Permission.roles("RevokeDelegation", Role.ADMINISTRATOR);
  /** GRA-11, GRA-12: the scheme's dated settings are set by an administrator and public to read. */
  public static final Permission ADD_SCHEME_SETTING = Permission.roles("AddSchemeSetting", Role.ADMINISTRATOR);
  public static final Permission FIND_SCHEME_SETTINGS = Permission.publicRead("FindSchemeSettings");
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
        COMMUNICATE_GRANT_PROPOSAL, RECORD_COMMUNICATION_ANSWER, WAIVE_COMMUNICATION, REQUEST_GRANT_DECISION,
        REFUSE_DECISION_REQUEST, RECORD_DECISION_NOTICE, REVISE_GRANT_DECISION, FIND_DELEGATIONS, REVOKE_DELEGATION,
        ADD_SCHEME_SETTING, FIND_SCHEME_SETTINGS, DESCRIBE_GRANT_CASE, READ_HANDLING_QUEUE,
        READ_DECISION_QUEUE, READ_OWN_GRANT_APPLICATIONS);
  }
}
