package se.psi.examples.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example server as a host on a network (issue list "the example server as a host"): it relays its events so
 * the outbox does not only grow, it limits anonymous changes per address, and it refuses the password-less demo
 * sign-in from other machines unless told otherwise.
 */
class ExampleServerAsHostTest {

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final String IDEA = """
      {"source": "CITIZEN", "contact": {"name": "Sam Ek", "email": "sam@example.se"},
       "challenge": "Unga saknar mötesplatser", "description": "Öppen verkstad på kvällar", "municipality": "KUMLA",
       "channel": "WEB_FORM"}""";

  @TempDir
  Path data;

  @Test
  void a_change_s_events_are_relayed_to_the_log_by_default_without_their_content() throws Exception {
    LogLines log = new LogLines();
    try (ExampleServer server = ExampleServer.start(settings(), log.stream(), ExampleServerTest.MACHINE)) {
      HttpResponse<String> idea = postIdea(server, null);
      assertThat(idea.statusCode()).as(idea.body()).isEqualTo(201);

      var lines = log.awaitLine(line -> line.startsWith("Event IdeaSubmitted of Idea"), Duration.ofSeconds(30));

      assertThat(lines).anyMatch(line -> line.startsWith("Event IdeaSubmitted of Idea (event "));
      assertThat(String.join("\n", lines)).doesNotContain("Sam Ek").doesNotContain("sam@example.se");
    }
  }

  @Test
  void the_third_anonymous_change_in_a_minute_from_one_address_gets_429_and_retry_after() throws Exception {
    try (ExampleServer server = ExampleServer.start(settings().withAnonymousWritesPerMinute(2), quiet(),
        ExampleServerTest.MACHINE)) {
      assertThat(postIdea(server, null).statusCode()).isEqualTo(201);
      assertThat(postIdea(server, null).statusCode()).isEqualTo(201);

      HttpResponse<String> third = postIdea(server, null);

      assertThat(third.statusCode()).isEqualTo(429);
      assertThat(third.headers().firstValue("Retry-After")).isPresent();
      assertThat(third.body()).contains("urn:psi:problem:too-many-requests");
      assertThat(postIdea(server, "committee").statusCode()).as("a signed-in caller").isEqualTo(201);
    }
  }

  @Test
  void the_demo_sign_in_from_another_address_is_refused_with_the_reason_and_from_this_machine_accepted()
      throws Exception {
    InetAddress other = nonLoopbackAddress();
    Settings everyAddress = new Settings("0.0.0.0", 0, data, Optional.empty());
    try (ExampleServer server = ExampleServer.start(everyAddress, quiet(), ExampleServerTest.MACHINE)) {
      String fromOther = raw(other, server.uri().getPort(), "GET /api/v1/unreachable-partners HTTP/1.1\r\nHost: x\r\n"
          + "X-Demo-User: committee\r\nAccept-Language: en\r\nConnection: close\r\n\r\n");
      String anonymousFromOther = raw(other, server.uri().getPort(), "GET /api/v1/partners HTTP/1.1\r\nHost: x\r\n"
          + "Connection: close\r\n\r\n");
      HttpResponse<String> fromHere = CLIENT.send(HttpRequest.newBuilder(server.uri().resolve(
          "/api/v1/unreachable-partners")).header("X-Demo-User", "committee").build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(fromOther).startsWith("HTTP/1.1 403").contains("application/problem+json")
          .contains("accepted from this machine only").contains("PSI_DEMO_SIGN_IN_FROM_ANYWHERE=true");
      assertThat(anonymousFromOther).startsWith("HTTP/1.1 200");
      assertThat(fromHere.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void the_host_settings_come_from_the_environment_and_a_bad_one_is_named() {
    Settings defaults = Settings.from(new String[0], Map.of());
    assertThat(defaults.anonymousWritesPerMinute()).isEqualTo(30);
    assertThat(defaults.demoSignInFromAnywhere()).isFalse();
    assertThat(defaults.events()).isEqualTo("log");
    Settings set = Settings.from(new String[0], Map.of("PSI_ANONYMOUS_WRITES_PER_MINUTE", "0",
        "PSI_DEMO_SIGN_IN_FROM_ANYWHERE", "true", "PSI_EVENTS", "amqp://guest:guest@127.0.0.1:5672"));
    assertThat(set.anonymousWritesPerMinute()).isZero();
    assertThat(set.demoSignInFromAnywhere()).isTrue();
    assertThat(set.events()).isEqualTo("amqp://guest:guest@127.0.0.1:5672");
    assertThatThrownBy(() -> Settings.from(new String[0], Map.of("PSI_ANONYMOUS_WRITES_PER_MINUTE", "many")))
        .hasMessageContaining("PSI_ANONYMOUS_WRITES_PER_MINUTE").hasMessageContaining("many");
    assertThatThrownBy(() -> Settings.from(new String[0], Map.of("PSI_DEMO_SIGN_IN_FROM_ANYWHERE", "yes")))
        .hasMessageContaining("PSI_DEMO_SIGN_IN_FROM_ANYWHERE").hasMessageContaining("true or false");
    assertThatThrownBy(() -> Settings.from(new String[0], Map.of("PSI_EVENTS", "kafka")))
        .hasMessageContaining("PSI_EVENTS").hasMessageContaining("kafka");
  }

  private Settings settings() {
    return new Settings("127.0.0.1", 0, data, Optional.empty());
  }

  private static PrintStream quiet() {
    return new PrintStream(OutputStream.nullOutputStream());
  }

  private static HttpResponse<String> postIdea(ExampleServer server, String demoUser)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve("/api/v1/ideas"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(IDEA));
    if (demoUser != null) {
      request.header("X-Demo-User", demoUser);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** An address of this machine's that is not loopback, to connect from as another machine would. */
  private static InetAddress nonLoopbackAddress() throws SocketException {
    Optional<InetAddress> found = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
        .flatMap(network -> Collections.list(network.getInetAddresses()).stream())
        .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress()
            && !address.isLinkLocalAddress())
        .findFirst();
    assertThat(found).as("this machine has an address other than loopback to connect from").isPresent();
    return found.get();
  }

  /** A request written by hand, so that it leaves from {@code from} to this machine's {@code port} there. */
  private static String raw(InetAddress from, int port, String request) throws IOException {
    try (Socket socket = new Socket(from, port, from, 0)) {
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
