package se.psi.adapters.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;
import se.psi.core.shared.Actor;

/**
 * Driven port: who is calling, as the host's own authentication established it (a verified OpenID Connect token, a
 * session, a client certificate ...). The web adapter never authenticates anyone and never invents a caller: an
 * empty answer means an anonymous caller, who may only read what the partnership publishes. What each caller may do
 * is decided by the core's use cases from the {@link Actor}'s roles and organisation.
 */
@FunctionalInterface
public interface CallerIdentity {

  /** The caller of this request, or empty for an anonymous one. Must not throw for a missing or bad credential. */
  Optional<Actor> identify(ContainerRequestContext request);

  /** Every caller is anonymous: a read-only public API. */
  static CallerIdentity anonymousOnly() {
    return request -> Optional.empty();
  }
}
