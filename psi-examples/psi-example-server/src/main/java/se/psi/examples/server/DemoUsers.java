package se.psi.examples.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import se.psi.adapters.web.CallerIdentity;
import se.psi.core.shared.Actor;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Role;

/**
 * FOR DEMONSTRATION ONLY: users the frontend signs in as by name, sent in the {@code X-Demo-User} header with no
 * password. A real host fills {@link CallerIdentity} from its own authentication instead (see docs/web.md).
 */
final class DemoUsers {

  static final String HEADER = "X-Demo-User";

  /** The users, by the name the frontend sends. */
  static final Map<String, Actor> USERS = new LinkedHashMap<>();

  static {
    USERS.put("committee", Actor.of("demo-au-member", Role.COMMITTEE_MEMBER));
    USERS.put("partner", Actor.forOrganisation("demo-verdandi-admin", OrganisationNumber.of(DemoData.VERDANDI),
        Role.PARTNER_ADMINISTRATOR));
    USERS.put("handler", Actor.of(DemoData.HANDLER, Role.HANDLING_GROUP_MEMBER));
    USERS.put("decider", Actor.of(DemoData.DECIDER, Role.DELEGATED_DECIDER));
    USERS.put("applicant", Actor.forOrganisation("demo-applicant", OrganisationNumber.of(DemoData.APPLICANT),
        Role.PARTNER_ADMINISTRATOR));
    USERS.put("admin", Actor.of("demo-admin", Role.ADMINISTRATOR));
  }

  private DemoUsers() {}

  static CallerIdentity identity() {
    return request -> Optional.ofNullable(request.getHeaderString(HEADER)).map(USERS::get);
  }
}
