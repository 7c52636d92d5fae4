package se.psi.examples.server;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.ResourceBundle;
import se.psi.adapters.web.AnonymousWriteLimit;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.problem.Problem;
import se.psi.adapters.web.problem.ProblemMappers;
import se.psi.adapters.web.problem.ProblemType;

/**
 * Refuses the password-less demo sign-in ({@link DemoUsers#HEADER}) from any address but this machine's own, with
 * 403 and the reason, unless {@code PSI_DEMO_SIGN_IN_FROM_ANYWHERE=true}: a server someone made listen on every
 * address ({@code PSI_HOST=0.0.0.0}) must not hand the committee's powers to whoever on the network asks.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
final class DemoSignInGuard implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getHeaderString(DemoUsers.HEADER) == null || fromThisMachine(request)) {
      return;
    }
    Texts texts = Texts.ofAcceptLanguage(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    ResourceBundle messages = ResourceBundle.getBundle("se.psi.examples.server.messages",
        Locale.forLanguageTag(texts.languageTag()),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    Problem problem = new Problem(ProblemType.NOT_PERMITTED.uri(), texts.web(ProblemType.NOT_PERMITTED.titleKey()),
        403, messages.getString("demoSignIn.fromThisMachineOnly"), null, null, null);
    request.abortWith(ProblemMappers.respond(problem, request.getUriInfo(), texts));
  }

  /** Whether the connection comes from a loopback address; unknown counts as not. */
  private static boolean fromThisMachine(ContainerRequestContext request) {
    if (!(request.getProperty(AnonymousWriteLimit.CLIENT_ADDRESS) instanceof String address)) {
      return false;
    }
    try {
      // A literal address: no name is looked up.
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
