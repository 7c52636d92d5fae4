package se.psi.adapters.web.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import se.psi.adapters.web.CallerIdentity;
import se.psi.core.shared.Actor;

/** Asks the host's {@link CallerIdentity} who is calling, and hands the answer to the resources. */
@Priority(Priorities.AUTHENTICATION)
public final class CallerFilter implements ContainerRequestFilter {

  private final CallerIdentity identity;

  public CallerFilter(CallerIdentity identity) {
    this.identity = identity;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Optional<Actor> caller = identity.identify(request);
    boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
    request.setSecurityContext(new Caller(caller, secure));
  }

  /** The caller as a {@link SecurityContext}: its principal's name is the actor's person id. */
  public record Caller(Optional<Actor> actor, boolean isSecure) implements SecurityContext {

    /**
     * The actor of a request; anonymous callers get one with no roles and no organisation. Read from the principal,
     * because runtimes hand resources a proxy of the security context, not the context itself.
     */
    public static Actor actorOf(SecurityContext context) {
      return context.getUserPrincipal() instanceof ActorPrincipal principal ? principal.actor() : ANONYMOUS;
    }

    public static boolean isAnonymous(SecurityContext context) {
      return !(context.getUserPrincipal() instanceof ActorPrincipal);
    }

    @Override
    public Principal getUserPrincipal() {
      return actor.map(ActorPrincipal::new).orElse(null);
    }

    @Override
    public boolean isUserInRole(String role) {
      return actor.map(a -> a.roles().stream().anyMatch(r -> r.name().equals(role))).orElse(false);
    }

    @Override
    public String getAuthenticationScheme() {
      return actor.isPresent() ? "psi-host" : null;
    }
  }

  /** The caller as a principal: its name is the actor's person id. */
  public record ActorPrincipal(Actor actor) implements Principal {
    @Override
    public String getName() {
      return actor.personId();
    }
  }

  /** Who an anonymous caller is to the core: nobody in particular, with no roles. */
  public static final Actor ANONYMOUS = Actor.of("anonymous");
}
