package se.psi.core.membership.port.in;

import java.util.List;
import se.psi.core.shared.Role;
import se.psi.core.port.in.Permission;

/** Who may call the membership use cases (docs/roles.md). */
public final class MembershipPermissions {

  public static final Permission APPLY_FOR_MEMBERSHIP =
      Permission.ownOrganisationOr("ApplyForMembership", Role.ADMINISTRATOR);
  public static final Permission COMPLETE_MEMBERSHIP_APPLICATION =
      Permission.ownOrganisationOr("CompleteMembershipApplication", Role.ADMINISTRATOR);
  public static final Permission GET_MEMBERSHIP_APPLICATION =
      Permission.ownOrganisationOr("GetMembershipApplication", Role.COMMITTEE_MEMBER, Role.ADMINISTRATOR);
  public static final Permission FIND_MEMBERSHIP_APPLICATIONS =
      Permission.roles("FindMembershipApplications", Role.COMMITTEE_MEMBER, Role.ADMINISTRATOR);
  /** MEM-3: only the working committee decides membership. */
  public static final Permission DECIDE_MEMBERSHIP = Permission.roles("DecideMembership", Role.COMMITTEE_MEMBER);
  public static final Permission WITHDRAW_FROM_PARTNERSHIP =
      Permission.ownOrganisationOr("WithdrawFromPartnership", Role.ADMINISTRATOR);
  public static final Permission RECORD_ENGAGEMENT =
      Permission.ownOrganisationOr("RecordEngagement", Role.ADMINISTRATOR);
  public static final Permission RENEW_AGREEMENT =
      Permission.roles("RenewAgreement", Role.COMMITTEE_MEMBER, Role.ADMINISTRATOR);
  /** MEM-8: the daily job, run like the contact reminders by the committee or an administrator. */
  public static final Permission END_EXPIRED_AGREEMENTS =
      Permission.roles("EndExpiredAgreements", Role.COMMITTEE_MEMBER, Role.ADMINISTRATOR);
  /** A decision's applicant can verify it, as can those who may read the application. */
  public static final Permission REPLAY_MEMBERSHIP_DECISION = Permission.ownOrganisationOr(
      "ReplayMembershipDecision", Role.COMMITTEE_MEMBER, Role.ADMINISTRATOR);
  /** The working committee weighs a proposed ruleset against the decisions it has taken. */
  public static final Permission WHAT_IF_MEMBERSHIP_DECISIONS =
      Permission.roles("WhatIfMembershipDecisions", Role.COMMITTEE_MEMBER);
  public static final Permission FIND_PARTNERS = Permission.publicRead("FindPartners");
  public static final Permission GET_PARTNER = Permission.publicRead("GetPartner");

  private MembershipPermissions() {}

  public static List<Permission> all() {
    return List.of(APPLY_FOR_MEMBERSHIP, COMPLETE_MEMBERSHIP_APPLICATION, GET_MEMBERSHIP_APPLICATION,
        FIND_MEMBERSHIP_APPLICATIONS, DECIDE_MEMBERSHIP, WITHDRAW_FROM_PARTNERSHIP, RECORD_ENGAGEMENT,
        RENEW_AGREEMENT, END_EXPIRED_AGREEMENTS, REPLAY_MEMBERSHIP_DECISION, WHAT_IF_MEMBERSHIP_DECISIONS,
        FIND_PARTNERS, GET_PARTNER);
  }
}
