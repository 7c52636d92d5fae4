package se.psi.examples.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.psi.core.rules.OrebroRuleSets;

/**
 * The example server as its README promises: demo data on the first start only, kept by the next one, and any day
 * to run on. No test here reads the machine's clock: the server's "system clock" is {@link #MACHINE}.
 */
class ExampleServerTest {

  /** The machine's clock as these tests give it to the server: 10:30 Stockholm time on 2026-12-02, standing. */
  static final Clock MACHINE = Clock.fixed(Instant.parse("2026-12-02T09:30:00Z"), ZoneOffset.UTC);

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path data;

  @Test
  void the_first_start_loads_the_demo_data_and_the_second_keeps_it() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    String partners;
    try (ExampleServer first = ExampleServer.start(settings(), new PrintStream(log, true, StandardCharsets.UTF_8),
        MACHINE)) {
      partners = get(first.uri().resolve("/api/v1/partners?limit=100"));
      assertThat(partners).contains("Region Örebro län", "Verdandi Örebro", "Möckelnföreningarna");
      assertThat(get(first.uri())).contains("<h1");
      assertThat(get(first.uri().resolve("/api/v1/working-committee"))).contains("\"civilSocietyMajority\":true");
      // Built after the first answer, on a thread of its own; asked for at once, it is waited for.
      assertThat(get(first.uri().resolve("/api/v1/openapi.json"))).contains("\"openapi\"", "/api/v1/partners");
    }
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("demo data")
        .contains("Daily jobs: 0 agreements ended (MEM-8)");

    ByteArrayOutputStream secondLog = new ByteArrayOutputStream();
    try (ExampleServer second = ExampleServer.start(settings(),
        new PrintStream(secondLog, true, StandardCharsets.UTF_8), MACHINE)) {
      assertThat(get(second.uri().resolve("/api/v1/partners?limit=100"))).isEqualTo(partners);
    }
    assertThat(secondLog.toString(StandardCharsets.UTF_8)).doesNotContain("demo data");
  }

  @Test
  void the_build_s_recording_start_asks_what_a_first_visitor_asks_and_nothing_fails() throws Exception {
    try (ExampleServer server = ExampleServer.start(settings(), quiet(), MACHINE)) {
      Map<String, Integer> answers = ClassDataTraining.askEveryKindOfRequest(server.uri(), quiet());

      assertThat(answers).containsEntry("GET /", 200).containsEntry("GET /api/v1/partners", 200)
          .containsEntry("GET /api/v1/openapi.json", 200).containsEntry("GET /api/v1/no-such-resource", 404);
      assertThat(answers.get("POST /api/v1/membership-applications")).isBetween(400, 499);
    }
  }

  /** Java's own HttpClient with its defaults offers HTTP/2 in clear text ({@code Upgrade: h2c}) on every request. */
  @Test
  void java_s_http_client_with_its_defaults_gets_its_answers() throws Exception {
    HttpClient defaults = HttpClient.newHttpClient();
    try (ExampleServer server = ExampleServer.start(settings(), quiet(), MACHINE)) {
      for (int i = 0; i < 2; i++) {
        HttpResponse<String> read = defaults.send(HttpRequest.newBuilder(server.uri().resolve(
            "/api/v1/working-committee")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> change = defaults.send(HttpRequest.newBuilder(server.uri().resolve("/api/v1/ideas"))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                {"source": "CITIZEN", "contact": {"name": "Sam Ek", "email": "sam@example.se"},
                 "challenge": "Unga saknar mötesplatser", "description": "Öppen verkstad på kvällar",
                 "municipality": "KUMLA", "channel": "WEB_FORM"}""")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"civilSocietyMajority\"");
        assertThat(change.statusCode()).as(change.body()).isEqualTo(201);
      }
    }
  }

  @Test
  void the_frontend_loads_only_its_own_files_and_no_other_site_may_frame_it() throws Exception {
    try (ExampleServer server = ExampleServer.start(settings(), quiet(), MACHINE)) {
      HttpResponse<String> page = send(server.uri().resolve("/"), null, "GET", null, null);

      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
          assertThat(policy).contains("default-src 'self'").contains("frame-ancestors 'none'"));
      assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
  }

  @Test
  void the_port_and_address_come_from_the_argument_or_the_environment_and_a_bad_port_is_named() {
    assertThat(Settings.from(new String[0], Map.of()).port()).isEqualTo(8080);
    assertThat(Settings.from(new String[0], Map.of()).host()).as("loopback unless told").isEqualTo("127.0.0.1");
    assertThat(Settings.from(new String[0], Map.of("PSI_HOST", "0.0.0.0")).host()).isEqualTo("0.0.0.0");
    assertThat(Settings.from(new String[0], Map.of("PSI_PORT", "9090")).port()).isEqualTo(9090);
    assertThat(Settings.from(new String[] {"--port", "7070"}, Map.of("PSI_PORT", "9090")).port()).isEqualTo(7070);
    assertThatThrownBy(() -> Settings.from(new String[] {"--port", "eighty"}, Map.of()))
        .hasMessageContaining("--port").hasMessageContaining("eighty");
    assertThatThrownBy(() -> Settings.from(new String[] {"--verbose"}, Map.of())).hasMessageContaining("--verbose");
  }

  @Test
  void the_day_comes_from_the_argument_or_the_environment_and_a_bad_one_is_named() {
    assertThat(Settings.from(new String[0], Map.of()).today()).isEmpty();
    assertThat(Settings.from(new String[0], Map.of("PSI_TODAY", "2022-05-01")).today())
        .contains(LocalDate.of(2022, 5, 1));
    assertThat(Settings.from(new String[] {"--today", "2027-03-01"}, Map.of("PSI_TODAY", "2022-05-01")).today())
        .contains(LocalDate.of(2027, 3, 1));
    assertThat(Settings.from(new String[] {"--today=2031-03-01"}, Map.of()).today())
        .contains(LocalDate.of(2031, 3, 1));
    assertThatThrownBy(() -> Settings.from(new String[0], Map.of("PSI_TODAY", "2027-02-30")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PSI_TODAY").hasMessageContaining("YYYY-MM-DD").hasMessageContaining("2027-02-30");
    assertThatThrownBy(() -> Settings.from(new String[] {"--today", "1/3/2027"}, Map.of()))
        .hasMessageContaining("--today").hasMessageContaining("1/3/2027");
  }

  @Test
  void on_a_set_day_the_clock_starts_at_the_machines_time_of_day_and_goes_on_with_it() {
    Settings on2027 = Settings.from(new String[] {"--today", "2027-03-01"}, Map.of());
    Clock anHourLater = Clock.offset(MACHINE, Duration.ofHours(1));

    assertThat(LocalDateTime.now(on2027.clock(MACHINE))).isEqualTo("2027-03-01T10:30");
    assertThat(LocalDateTime.now(on2027.clock(anHourLater))).isEqualTo("2027-03-01T11:30");
    assertThat(LocalDateTime.now(Settings.from(new String[0], Map.of()).clock(MACHINE)))
        .isEqualTo("2026-12-02T10:30");
  }

  @Test
  void MEM_3_on_PSI_TODAY_2027_03_01_an_application_is_admitted_under_the_ruleset_in_force_that_day()
      throws Exception {
    Settings settings = Settings.from(new String[0], Map.of("PSI_TODAY", "2027-03-01", "PSI_HOST", "127.0.0.1",
        "PSI_PORT", "0", "PSI_DATA_DIR", data.toString()));
    LocalDate today = LocalDate.of(2027, 3, 1);
    String inForce = OrebroRuleSets.registry().inForceOn(today).get().version();

    try (ExampleServer server = ExampleServer.start(settings, quiet(), MACHINE)) {
      HttpResponse<String> applied = send(server.uri().resolve("/api/v1/membership-applications"), "applicant",
          "POST", null, """
              {"organisation": {"organisationNumber": "%s", "name": "Föreningen Gatans Röst", "kind": "ASSOCIATION"},
               "boardDecision": {"date": "2027-02-15", "body": "Styrelsen", "reference": "§ 3"},
               "contactPerson": {"name": "Robin Ek", "role": "Ordförande", "email": "robin@example.se",
                                 "official": false}}""".formatted(DemoData.APPLICANT));
      assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
      JsonNode application = JSON.readTree(applied.body());
      assertThat(application.get("submittedOn").asText()).isEqualTo("2027-03-01");

      HttpResponse<String> decided = send(server.uri().resolve("/api/v1/membership-applications/"
          + application.get("id").asText() + "/decision"), "committee", "POST",
          applied.headers().firstValue("ETag").orElseThrow(), null);
      assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
      JsonNode decision = JSON.readTree(decided.body()).get("latestDecision");
      assertThat(decision.get("outcome").asText()).isEqualTo("ADMITTED");
      assertThat(decision.get("decidedOn").asText()).isEqualTo(today.toString());
      assertThat(decision.get("explanation").get("rulesetVersion").asText()).isEqualTo(inForce);
      assertThat(decision.get("explanation").get("summary").asText()).contains(inForce);
      assertThat(get(server.uri().resolve("/api/v1/partners?limit=100"))).contains("Föreningen Gatans Röst");
    }
  }

  /** The demo data is the partnership's 2022; on a day years later it still reads as that year's history. */
  @Test
  void the_demo_partnership_reads_as_its_history_on_a_day_years_later() throws Exception {
    Settings in2031 = new Settings("127.0.0.1", 0, data, Optional.of(LocalDate.of(2031, 3, 1)));

    try (ExampleServer server = ExampleServer.start(in2031, quiet(), MACHINE)) {
      JsonNode committee = JSON.readTree(get(server.uri().resolve("/api/v1/working-committee")));
      assertThat(committee.get("civilSocietyMajority").asBoolean()).isTrue();
      assertThat(committee.get("explanation").get("rulesetVersion").asText())
          .isEqualTo(OrebroRuleSets.registry().inForceOn(LocalDate.of(2031, 3, 1)).get().version());
      JsonNode followUp = JSON.readTree(get(server.uri().resolve("/api/v1/activity-lists/2022/follow-up"), "committee"));
      assertThat(followUp.get("explanation").get("rulesetVersion").asText()).isEqualTo("orebro-2022");
      assertThat(get(server.uri().resolve("/api/v1/unreachable-partners"), "committee"))
          .contains("\"vacantSince\":\"2022-02-01\"");
      assertThat(get(server.uri().resolve("/api/v1/granted-projects?from=2022-01-01&to=2022-12-31")))
          .contains("Språkcafé i Hallsberg");
      assertThat(JSON.readTree(get(server.uri().resolve("/api/v1/delegations/decisions?from=2022-01-01&to=2022-12-31"),
          "decider"))).hasSize(2);
    }
  }

  private Settings settings() {
    return new Settings("127.0.0.1", 0, data);
  }

  private static PrintStream quiet() {
    return new PrintStream(OutputStream.nullOutputStream());
  }

  static String get(URI uri) throws Exception {
    return get(uri, null);
  }

  /** GET as one of the demo users (or anonymously when {@code user} is null); the answer must be 200. */
  static String get(URI uri, String user) throws Exception {
    HttpResponse<String> response = send(uri, user, "GET", null, null);
    assertThat(response.statusCode()).as(uri.toString()).isEqualTo(200);
    return response.body();
  }

  private static HttpResponse<String> send(URI uri, String user, String method, String ifMatch, String body)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(method, body == null
        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (user != null) {
      request.header(DemoUsers.HEADER, user);
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
