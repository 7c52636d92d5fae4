package se.psi.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Anonymous changes are limited per client address ({@link AnonymousWriteLimit}): the public idea form takes three an
 * hour from one address here, then answers 429 with {@code Retry-After} and a problem document, while another
 * address, a signed-in caller and reads go on.
 */
class AnonymousWriteLimitTest {

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final String IDEA = """
      {"source": "CITIZEN", "contact": {"name": "Sam Ek", "email": "sam@example.se"},
       "challenge": "Unga saknar mötesplatser", "description": "Öppen verkstad på kvällar", "municipality": "KUMLA",
       "channel": "WEB_FORM"}""";

  private WebServer server;

  @BeforeEach
  void start() {
    server = WebServer.withSettings("2027-03-01",
        web -> web.anonymousWrites(new AnonymousWriteLimit(3, Duration.ofHours(1))));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void the_fourth_anonymous_idea_in_the_hour_from_one_address_waits_with_429_and_retry_after() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(postIdea("sv").statusCode()).isEqualTo(201);
    }

    HttpResponse<String> refused = postIdea("en");

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 3600L);
    assertThat(refused.body()).contains("urn:psi:problem:too-many-requests")
        .contains("Try again in " + (retryAfter + 59) / 60 + " minutes");
    assertThat(server.psi.ideas().all()).hasSize(3);
  }

  @Test
  void another_address_a_signed_in_caller_and_reads_are_not_held_back() throws Exception {
    for (int i = 0; i < 4; i++) {
      postIdea("sv");
    }

    assertThat(rawPostIdeaFrom(InetAddress.getByName("127.0.0.2"))).startsWith("HTTP/1.1 201");
    assertThat(CLIENT.send(HttpRequest.newBuilder(server.base.resolve("/api/v1/ideas"))
        .header("Content-Type", "application/json").header("X-Test-Person", "handler-1")
        .header("X-Test-Roles", "COMMITTEE_MEMBER").POST(HttpRequest.BodyPublishers.ofString(IDEA)).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);
    assertThat(CLIENT.send(HttpRequest.newBuilder(server.base.resolve("/api/v1/working-committee")).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> postIdea(String language) throws IOException, InterruptedException {
    return CLIENT.send(HttpRequest.newBuilder(server.base.resolve("/api/v1/ideas"))
        .header("Content-Type", "application/json").header("Accept-Language", language)
        .POST(HttpRequest.BodyPublishers.ofString(IDEA)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The JDK's client cannot choose its local address, so this request is written by hand from {@code local}. */
  private String rawPostIdeaFrom(InetAddress local) throws IOException {
    byte[] body = IDEA.getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket(server.base.getHost(), server.base.getPort(), local, 0)) {
      OutputStream out = socket.getOutputStream();
      out.write(("POST /api/v1/ideas HTTP/1.1\r\nHost: " + server.base.getAuthority()
          + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
