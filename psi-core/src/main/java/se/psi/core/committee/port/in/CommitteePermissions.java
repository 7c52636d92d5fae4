package se.psi.core.committee.port.in;

import java.util.List;
import se.psi.core.shared.Role;
import se.psi.core.port.in.Permission;

/** Who may call the working-committee use cases (docs/roles.md). */
public final class CommitteePermissions {

  /** Only committee members change seats. */
  public static final Permission TAKE_COMMITTEE_SEAT = Permission.roles("TakeCommitteeSeat", Role.COMMITTEE_MEMBER);
  public static final Permission LEAVE_COMMITTEE_SEAT =
      Permission.roles("LeaveCommitteeSeat", Role.COMMITTEE_MEMBER);
  /** The partnership publishes who sits in the committee. */
  public static final Permission GET_WORKING_COMMITTEE = Permission.publicRead("GetWorkingCommittee");
  public static final Permission NEXT_COMMITTEE_MEETINGS = Permission.publicRead("NextCommitteeMeetings");

  private CommitteePermissions() {}

  public static List<Permission> all() {
    return List.of(TAKE_COMMITTEE_SEAT, LEAVE_COMMITTEE_SEAT, GET_WORKING_COMMITTEE, NEXT_COMMITTEE_MEETINGS);
  }
}
