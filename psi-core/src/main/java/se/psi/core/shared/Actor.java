package se.psi.core.shared;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who calls a use case: an opaque person id from the host's authentication, the organisation the person acts for
 * (if any) and the roles the host has granted. The core never authenticates; it decides what an actor may do.
 *
 * @param personId the host's stable id for the person; never a name or other personal data
 * @param organisation the organisation the person acts for
 * @param roles the roles the host granted
 */
public record Actor(String personId, Optional<OrganisationNumber> organisation, Set<Role> roles) {

  /** The actor of changes that the partnership's own rules cause (e.g. a seat ended by a withdrawal). */
  public static final Actor SYSTEM = new Actor("system", Optional.empty(), Set.of());

  public Actor {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(organisation, "organisation");
    roles = Set.copyOf(roles);
  }

  public static Actor of(String personId, Role... roles) {
    return new Actor(personId, Optional.empty(), Set.of(roles));
  }

  public static Actor forOrganisation(String personId, OrganisationNumber organisation, Role... roles) {
    return new Actor(personId, Optional.of(organisation), Set.of(roles));
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Whether the actor acts for {@code organisation} as its administrator, or administers the whole system. */
  public boolean actsFor(OrganisationNumber organisation) {
    return has(Role.ADMINISTRATOR)
        || has(Role.PARTNER_ADMINISTRATOR) && this.organisation.filter(organisation::equals).isPresent();
  }
}
