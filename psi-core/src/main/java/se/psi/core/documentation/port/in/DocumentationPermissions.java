package se.psi.core.documentation.port.in;

import java.util.List;
import se.psi.core.shared.Role;
import se.psi.core.port.in.Permission;

/** Who may call the documentation use cases (docs/roles.md). */
public final class DocumentationPermissions {

  public static final Permission PUBLISH_TEMPLATE =
      Permission.roles("PublishTemplate", Role.COMMITTEE_MEMBER, Role.ADMINISTRATOR);
  /** DOC-1: the partnership documents social innovations; any partner may contribute. */
  public static final Permission DOCUMENT_INNOVATION = Permission.roles("DocumentInnovation", Role.COMMITTEE_MEMBER,
      Role.PARTNER_ADMINISTRATOR, Role.ADMINISTRATOR);
  /** Documented innovations and the templates are published. */
  public static final Permission READ_DOCUMENTATION = Permission.publicRead("ReadDocumentation");

  private DocumentationPermissions() {}

  public static List<Permission> all() {
    return List.of(PUBLISH_TEMPLATE, DOCUMENT_INNOVATION, READ_DOCUMENTATION);
  }
}
