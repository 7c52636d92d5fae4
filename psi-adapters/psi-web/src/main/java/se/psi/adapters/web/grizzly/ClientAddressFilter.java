package se.psi.adapters.web.grizzly;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import org.glassfish.grizzly.http.server.Request;
import se.psi.adapters.web.AnonymousWriteLimit;

/**
 * Puts the address of the connection's peer into the request property {@link AnonymousWriteLimit#CLIENT_ADDRESS},
 * where the API's limits and a host's own filters read it. The peer is whoever opened the connection: behind a
 * proxy, the proxy, so a host behind one sets the property from what its proxy forwards instead.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public final class ClientAddressFilter implements ContainerRequestFilter {

  @Inject private Provider<Request> grizzlyRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getProperty(AnonymousWriteLimit.CLIENT_ADDRESS) == null) {
      request.setProperty(AnonymousWriteLimit.CLIENT_ADDRESS, grizzlyRequest.get().getRemoteAddr());
    }
  }
}
