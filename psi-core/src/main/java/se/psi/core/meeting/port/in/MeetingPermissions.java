package se.psi.core.meeting.port.in;

import java.util.List;
import se.psi.core.shared.Role;
import se.psi.core.port.in.Permission;

/** Who may call the meeting use cases (docs/roles.md). AU-5: the working committee plans and follows up. */
public final class MeetingPermissions {

  public static final Permission PLAN_MEETING = Permission.roles("PlanMeeting", Role.COMMITTEE_MEMBER);
  public static final Permission PREPARE_MEETING = Permission.roles("PrepareMeeting", Role.COMMITTEE_MEMBER);
  /** MTG-2: public dialogues are open to anyone. */
  public static final Permission REGISTER_FOR_MEETING = Permission.publicRead("RegisterForMeeting");
  public static final Permission HOLD_MEETING = Permission.roles("HoldMeeting", Role.COMMITTEE_MEMBER);
  public static final Permission CANCEL_MEETING = Permission.roles("CancelMeeting", Role.COMMITTEE_MEMBER);
  /** Meeting dates and themes are published. */
  public static final Permission FIND_MEETINGS = Permission.publicRead("FindMeetings");
  public static final Permission MEETING_YEAR = Permission.roles("MeetingYear", Role.COMMITTEE_MEMBER,
      Role.PARTNER_ADMINISTRATOR, Role.ADMINISTRATOR);
  public static final Permission MANAGE_PRESENTATIONS = Permission.roles("ManagePresentations",
      Role.COMMITTEE_MEMBER, Role.ADMINISTRATOR);
  public static final Permission FIND_PRESENTATIONS = Permission.publicRead("FindPresentations");

  private MeetingPermissions() {}

  public static List<Permission> all() {
    return List.of(PLAN_MEETING, PREPARE_MEETING, REGISTER_FOR_MEETING, HOLD_MEETING, CANCEL_MEETING, FIND_MEETINGS,
        MEETING_YEAR, MANAGE_PRESENTATIONS, FIND_PRESENTATIONS);
  }
}
