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
  /** MTG-3: the committee, and an administrator for a grant decided outside the library, follow presentations. */
  public static final Permission OWE_PRESENTATION = Permission.roles("OwePresentation", Role.COMMITTEE_MEMBER,
      Role.ADMINISTRATOR);
  public static final Permission SCHEDULE_PRESENTATION = Permission.roles("SchedulePresentation",
      Role.COMMITTEE_MEMBER, Role.ADMINISTRATOR);
  public static final Permission FULFIL_PRESENTATION = Permission.roles("FulfilPresentation", Role.COMMITTEE_MEMBER,
      Role.ADMINISTRATOR);
  public static final Permission FIND_PRESENTATIONS = Permission.publicRead("FindPresentations");

  private MeetingPermissions() {}

  public static List<Permission> all() {
    return List.of(PLAN_MEETING, PREPARE_MEETING, REGISTER_FOR_MEETING, HOLD_MEETING, CANCEL_MEETING, FIND_MEETINGS,
        MEETING_YEAR, OWE_PRESENTATION, SCHEDULE_PRESENTATION, FULFIL_PRESENTATION, FIND_PRESENTATIONS);
  }
}
