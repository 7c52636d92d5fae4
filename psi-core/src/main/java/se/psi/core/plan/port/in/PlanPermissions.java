package se.psi.core.plan.port.in;

import java.util.List;
import se.psi.core.shared.Role;
import se.psi.core.port.in.Permission;

/** Who may call the plan use cases (docs/roles.md). AU-5: the working committee plans and follows up the goals. */
public final class PlanPermissions {

  public static final Permission MANAGE_PLANS = Permission.roles("ManagePlans", Role.COMMITTEE_MEMBER);
  /** The operational plan and the activity lists are published. */
  public static final Permission READ_PLANS = Permission.publicRead("ReadPlans");
  public static final Permission FOLLOW_UP_YEAR = Permission.roles("FollowUpYear", Role.COMMITTEE_MEMBER,
      Role.PARTNER_ADMINISTRATOR, Role.ADMINISTRATOR);

  private PlanPermissions() {}

  public static List<Permission> all() {
    return List.of(MANAGE_PLANS, READ_PLANS, FOLLOW_UP_YEAR);
  }
}
