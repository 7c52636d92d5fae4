package se.psi.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JDK's own HttpClient with its defaults offers HTTP/2 on a plain connection ({@code Upgrade: h2c} with
 * {@code HTTP2-Settings}); the API does not speak HTTP/2 in clear text, so every request, with a body or without, is
 * answered over HTTP/1.1 as if the offer had not been made, and the connection serves the next one.
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
  void reads_with_the_default_client_are_answered_one_after_another() throws Exception {
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> response = DEFAULTS.send(HttpRequest.newBuilder(server.base.resolve(
          "/api/v1/working-committee")).build(), HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
    }
  }

  @Test
  void a_change_with_a_body_from_the_default_client_is_answered() throws Exception {
    for (String challenge : new String[] {"Unga saknar mötesplatser", "Äldre saknar skjuts"}) {
      HttpResponse<String> response = DEFAULTS.send(HttpRequest.newBuilder(server.base.resolve("/api/v1/ideas"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
              {"source": "CITIZEN", "contact": {"name": "Sam Ek", "email": "sam@example.se"},
               "challenge": "%s", "description": "Öppen verkstad på kvällar", "municipality": "KUMLA",
               "channel": "WEB_FORM"}""".formatted(challenge))).build(), HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
      assertThat(response.body()).contains("receipt");
    }
  }
}
