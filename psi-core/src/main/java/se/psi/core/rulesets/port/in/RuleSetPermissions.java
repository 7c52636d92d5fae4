package se.psi.core.rulesets.port.in;

import java.util.List;
import se.psi.core.shared.Role;
import se.psi.core.port.in.Permission;

/** Who may call the ruleset use cases (docs/roles.md). */
public final class RuleSetPermissions {

  /** The partnership's rules are public, and so is whether they hold together. */
  public static final Permission CHECK_RULESETS = Permission.publicRead("CheckRuleSets");
  /**
   * Checking a draft of the next rulesets changes nothing, but is work for those who prepare them: the working
   * committee, which plans and follows up the partnership's work (AU-5), and the administrators who configure it.
   */
  public static final Permission CHECK_PROPOSED_RULESETS =
      Permission.roles("CheckProposedRuleSets", Role.COMMITTEE_MEMBER, Role.ADMINISTRATOR);

  private RuleSetPermissions() {}

  public static List<Permission> all() {
    return List.of(CHECK_RULESETS, CHECK_PROPOSED_RULESETS);
  }
}
