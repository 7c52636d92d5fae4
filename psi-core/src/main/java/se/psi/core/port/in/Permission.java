package se.psi.core.port.in;

import io.vavr.control.Either;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.psi.core.shared.Actor;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Role;
import se.psi.core.rules.Rejection;

/**
 * Who may call a use case: anyone ({@link #isPublic()}), actors with one of {@link #roles()}, and, where
 * {@link #ownOrganisation()} is set, a partner administrator acting for the organisation the resource belongs to.
 * docs/roles.md lists every use case's permission; a test keeps the two equal.
 */
public record Permission(String useCase, boolean isPublic, Set<Role> roles, boolean ownOrganisation) {

  public Permission {
    Objects.requireNonNull(useCase, "useCase");
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public static Permission publicRead(String useCase) {
    return new Permission(useCase, true, Set.of(), false);
  }

  public static Permission roles(String useCase, Role... roles) {
    return new Permission(useCase, false, Set.of(roles), false);
  }

  /** The organisation's own administrator, or an actor with one of {@code roles}. */
  public static Permission ownOrganisationOr(String useCase, Role... roles) {
    return new Permission(useCase, false, Set.of(roles), true);
  }

  public boolean allows(Actor actor, Optional<OrganisationNumber> owner) {
    if (isPublic || actor.roles().stream().anyMatch(roles::contains)) {
      return true;
    }
    return ownOrganisation && actor.has(Role.PARTNER_ADMINISTRATOR)
        && owner.isPresent() && actor.organisation().equals(owner);
  }

  /** Right when allowed, else the typed refusal. */
  public Either<Rejection, Actor> check(Actor actor, Optional<OrganisationNumber> owner) {
    return allows(actor, owner)
        ? Either.right(actor)
        : Either.left(new Rejection.NotPermitted(useCase, roles, ownOrganisation));
  }

  public Either<Rejection, Actor> check(Actor actor) {
    return check(actor, Optional.empty());
  }
}
