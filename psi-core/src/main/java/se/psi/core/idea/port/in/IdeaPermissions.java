package se.psi.core.idea.port.in;

import java.util.List;
import se.psi.core.shared.Role;
import se.psi.core.port.in.Permission;

/** Who may call the idea use cases (docs/roles.md). IDE-1: anyone may bring an idea. */
public final class IdeaPermissions {

  public static final Permission SUBMIT_IDEA = Permission.publicRead("SubmitIdea");
  /** The receipt itself is the key: whoever holds it may follow the idea. */
  public static final Permission FOLLOW_IDEA = Permission.publicRead("FollowIdea");
  public static final Permission TRIAGE_IDEAS = Permission.roles("TriageIdeas", Role.COMMITTEE_MEMBER, Role.ADVISER,
      Role.ADMINISTRATOR);
  public static final Permission ERASE_IDEA_CONTACT = Permission.roles("EraseIdeaContact", Role.ADMINISTRATOR);

  private IdeaPermissions() {}

  public static List<Permission> all() {
    return List.of(SUBMIT_IDEA, FOLLOW_IDEA, TRIAGE_IDEAS, ERASE_IDEA_CONTACT);
  }
}
