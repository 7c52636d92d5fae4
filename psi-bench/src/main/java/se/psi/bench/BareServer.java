package se.psi.bench;

import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The baseline of a cold start: Jersey and Grizzly with one trivial resource ({@code GET /bench/trivial}) and
 * nothing else, started as its own program by {@link ColdStartLoad}. It says when it listens, as the example server
 * does, and runs until its process is ended.
 */
public final class BareServer {

  private BareServer() {}

  public static void main(String[] args) throws InterruptedException {
    int port = args.length == 2 && args[0].equals("--port") ? Integer.parseInt(args[1]) : 8080;
    HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:" + port + "/"),
        new ResourceConfig(HttpLoad.Trivial.class), true);
    System.out.println("Listening on port " + server.getListener("grizzly").getPort());
    Thread.currentThread().join();
  }
}
