package se.psi.core.project.port.in;

import java.util.List;
import se.psi.core.shared.Role;
import se.psi.core.port.in.Permission;

/** Who may call the project and call use cases (docs/roles.md). */
public final class ProjectPermissions {

  /** PRJ-3: the committee informs the parties of calls. */
  public static final Permission PUBLISH_CALLS = Permission.roles("PublishCalls", Role.COMMITTEE_MEMBER);
  public static final Permission READ_CALLS = Permission.publicRead("ReadCalls");
  public static final Permission REGISTER_THEME_INTEREST =
      Permission.ownOrganisationOr("RegisterThemeInterest", Role.ADMINISTRATOR);
  public static final Permission MANAGE_PROJECT_BANK = Permission.roles("ManageProjectBank", Role.COMMITTEE_MEMBER,
      Role.ADVISER);
  /** The project bank is internal to the partnership. */
  public static final Permission READ_PROJECT_BANK = Permission.roles("ReadProjectBank", Role.COMMITTEE_MEMBER,
      Role.ADVISER, Role.PARTNER_ADMINISTRATOR, Role.ADMINISTRATOR);
  /** PRJ-1: a partner registers its own projects and asks for the partnership as reference group. */
  public static final Permission OWN_PROJECTS = Permission.ownOrganisationOr("OwnProjects", Role.ADMINISTRATOR);
  /** PRJ-2: anchoring with the working committee. */
  public static final Permission ANCHOR_PROJECTS = Permission.roles("AnchorProjects", Role.COMMITTEE_MEMBER);
  public static final Permission READ_PROJECTS = Permission.publicRead("ReadProjects");

  private ProjectPermissions() {}

  public static List<Permission> all() {
    return List.of(PUBLISH_CALLS, READ_CALLS, REGISTER_THEME_INTEREST, MANAGE_PROJECT_BANK, READ_PROJECT_BANK,
        OWN_PROJECTS, ANCHOR_PROJECTS, READ_PROJECTS);
  }
}
