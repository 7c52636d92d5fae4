package se.psi.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import se.psi.examples.server.ExampleServer;

/**
 * Benchmark 6: time to a ready example server (H2 file migrated, demo data loaded, API and frontend listening) in a
 * running JVM, against a bare Jersey and Grizzly server with one trivial resource.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StartupBench {

  @Benchmark
  public URI exampleServer() throws Exception {
    Path data = Files.createTempDirectory("psi-bench-server");
    try (ExampleServer server = ExampleServer.start(0, data)) {
      return server.uri();
    }
  }

  @Benchmark
  public int bareServer() {
    HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
        new ResourceConfig(HttpLoad.Trivial.class), true);
    try {
      return server.getListener("grizzly").getPort();
    } finally {
      server.shutdownNow();
    }
  }
}
