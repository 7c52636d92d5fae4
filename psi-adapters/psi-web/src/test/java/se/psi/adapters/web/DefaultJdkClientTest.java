package se.psi.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JDK's own HttpClient with its defaults offers HTTP/2 on a plain connection ({@code Upgrade: h2c}); the API does
 * not speak HTTP/2 in clear text, so a read is answered over HTTP/1.1 as if the offer had not been made. (A body sent
 * with such an offer is still taken by Grizzly for upgrade data; a client that sends bodies sets HTTP/1.1.)
 */
class DefaultJdkClientTest {

  private static WebServer server;
  private static final HttpClient DEFAULTS = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server = WebServer.start("2027-03-01");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void a_read_with_the_default_client_is_answered() throws Exception {
    HttpResponse<String> response = DEFAULTS.send(HttpRequest.newBuilder(server.base.resolve(
        "/api/v1/working-committee")).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
  }
}
