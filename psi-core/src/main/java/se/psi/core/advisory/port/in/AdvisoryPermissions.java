package se.psi.core.advisory.port.in;

import java.util.List;
import se.psi.core.shared.Role;
import se.psi.core.port.in.Permission;

/** Who may call the advisory use cases (docs/roles.md): the advisory team. */
public final class AdvisoryPermissions {

  public static final Permission ADVISE = Permission.roles("Advise", Role.ADVISER, Role.ADMINISTRATOR);
  public static final Permission READ_ADVISORY_CASES = Permission.roles("ReadAdvisoryCases", Role.ADVISER,
      Role.COMMITTEE_MEMBER, Role.ADMINISTRATOR);

  private AdvisoryPermissions() {}

  public static List<Permission> all() {
    return List.of(ADVISE, READ_ADVISORY_CASES);
  }
}
