package se.psi.adapters.web.grizzly;

import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Jersey on Grizzly hosting the API, with the two things Grizzly's HTTP/1.1 parser gets wrong for a public server
 * put right before a request reaches Jersey (see {@link HttpHardeningFilter}): an {@code h2c} upgrade offer is served
 * as plain HTTP/1.1, and a body on a method that takes none is refused with the connection closed. Each request
 * carries its client's address for the API's limits ({@link ClientAddressFilter}).
 *
 * <pre>{@code
 * HttpServer server = PsiGrizzly.start(URI.create("http://0.0.0.0:8080/"), ResourceConfig.forApplication(web));
 * }</pre>
 *
 * Needs {@code org.glassfish.jersey.containers:jersey-container-grizzly2-http} (and {@code jersey-hk2}) on the class
 * path; psi-web itself depends on no runtime.
 */
public final class PsiGrizzly {

  private PsiGrizzly() {}

  /** A server listening at {@code uri}, started. */
  public static HttpServer start(URI uri, Application application) {
    HttpServer server = create(uri, application);
    try {
      server.start();
    } catch (IOException e) {
      server.shutdownNow();
      throw new UncheckedIOException(e);
    }
    return server;
  }

  /** A server for {@code uri}, not yet started: add to it (handlers, listeners' settings), then start it. */
  public static HttpServer create(URI uri, Application application) {
    ResourceConfig config = application instanceof ResourceConfig resources ? resources
        : ResourceConfig.forApplication(application);
    config.register(ClientAddressFilter.class);
    HttpServer server = GrizzlyHttpServerFactory.createHttpServer(uri, config, false);
    for (NetworkListener listener : server.getListeners()) {
      listener.registerAddOn(HttpHardeningFilter.addOn());
    }
    return server;
  }
}
