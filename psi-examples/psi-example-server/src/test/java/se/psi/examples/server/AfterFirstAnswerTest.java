package se.psi.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/** Work the start leaves for later runs once, when the first answer has gone out, and not before. */
class AfterFirstAnswerTest {

  @Path("/hello")
  public static final class Hello {
    @GET
    public String hello() {
      return "hello";
    }
  }

  @Test
  void the_work_runs_once_after_the_first_answer_and_not_again() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch ran = new CountDownLatch(1);
    HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
        new ResourceConfig(Hello.class).register(new AfterFirstAnswer(() -> {
          runs.incrementAndGet();
          ran.countDown();
        })), true);
    try {
      URI hello = URI.create("http://127.0.0.1:" + server.getListener("grizzly").getPort() + "/hello");
      assertThat(runs).hasValue(0);

      assertThat(get(hello)).isEqualTo("hello");
      assertThat(ran.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(get(hello)).isEqualTo("hello");

      assertThat(runs).hasValue(1);
    } finally {
      server.shutdownNow();
    }
  }

  private static String get(URI uri) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }
}
