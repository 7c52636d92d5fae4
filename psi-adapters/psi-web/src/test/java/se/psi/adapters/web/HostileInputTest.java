package se.psi.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.adapters.web.MembershipApiTest.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input meant to break the server gets an answer as specific as any other, never a 5xx. */
class HostileInputTest {

  private static WebServer server;

  @BeforeAll
  static void start() {
    server = WebServer.start("2027-03-01");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void an_unparsable_accept_language_is_answered_as_if_no_language_was_asked() {
    Http http = Http.to(server).header("Accept-Language", "*;q=abc");

    Http.Answer read = http.get("/api/v1/working-committee");
    Http.Answer missing = http.get("/api/v1/nothing-here");

    assertThat(read.status()).isEqualTo(200);
    assertProblem(missing, 404, "urn:psi:problem:not-found");
    assertThat(missing.json().get("title").asText()).isEqualTo("Finns inte");
  }

  @Test
  void a_control_character_in_any_text_is_refused_naming_the_field_in_every_command() {
    Http http = Http.to(server).inEnglish();

    Http.Answer idea = http.post("/api/v1/ideas", Map.of("source", "CITIZEN",
        "contact", Map.of("name", "Sam\u0000Ek", "email", "sam@example.se"), "challenge", "Unga saknar mötesplatser",
        "description", "Öppen verkstad\npå kvällar\u0007", "municipality", "KUMLA", "channel", "WEB_FORM"));

    assertProblem(idea, 422, "urn:psi:problem:invalid-input");
    assertThat(violations(idea)).containsEntry("contact.name", "NoControlCharacters")
        .containsEntry("description", "NoControlCharacters").hasSize(2);
    assertThat(idea.json().get("violations").get(0).get("message").asText()).contains("control characters");
  }

  @Test
  void GRA_5_a_delegation_ending_before_it_starts_or_dated_beyond_the_stores_is_refused_naming_the_fields() {
    Http admin = Http.to(server).as(Admissions.ADMINISTRATOR);

    Http.Answer backwards = admin.post("/api/v1/delegations", delegation("2027-03-01", "2027-02-28"));
    Http.Answer ancient = admin.post("/api/v1/delegations", delegation("0999-12-31", null));

    assertProblem(backwards, 422, "urn:psi:problem:invalid-input");
    assertThat(violations(backwards)).containsEntry("validFromBeforeValidUntil", "GRA-5").hasSize(1);
    assertThat(backwards.json().get("violations").get(0).get("message").asText()).contains("validUntil")
        .contains("validFrom");
    assertProblem(ancient, 422, "urn:psi:problem:invalid-input");
    assertThat(violations(ancient)).containsEntry("validFrom", "DateInRange").hasSize(1);
    assertThat(ancient.json().get("violations").get(0).get("message").asText()).contains("1900").contains("9999");
  }

  private static Map<String, Object> delegation(String validFrom, String validUntil) {
    Map<String, Object> body = new LinkedHashMap<>(Map.of("delegate", "rut", "position", "Områdeschef",
        "fromCommittee", "Kulturnämnden", "validFrom", validFrom));
    if (validUntil != null) {
      body.put("validUntil", validUntil);
    }
    return body;
  }

  /** Each refused field with its rule. */
  private static Map<String, String> violations(Http.Answer answer) {
    Map<String, String> found = new LinkedHashMap<>();
    for (JsonNode violation : answer.json().get("violations")) {
      found.put(violation.get("field").asText(), violation.get("rule").asText());
    }
    return found;
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"members\": [null]}", "{\"members\": \"alla\"}", "{\"members\": [1]}",
      "{\"members\": {\"personId\": \"p\"}}", "{\"members\": [{\"personId\": \"p\", \"role\": \"NOPE\"}]}",
      "{\"members\": [[]]}", "{\"members\": [{}]}",
      "{\"members\": [{\"personId\": \"p\", \"role\": \"CHAIR\", \"organisationNumber\": \"12\"}]}"})
  void a_malformed_handling_group_is_refused_naming_the_members(String body) {
    Http.Answer answer = Http.to(server).as(Admissions.ADMINISTRATOR).ifMatch("\"1\"")
        .post("/api/v1/grant-applications/" + UUID.randomUUID() + "/assessment", body);

    assertRefusedNaming(answer, "members");
  }

  @Test
  void a_missing_partner_in_the_attendance_is_refused_naming_the_attendance() {
    Http.Answer answer = Http.to(server).as(Admissions.COMMITTEE).ifMatch("\"1\"")
        .post("/api/v1/meetings/" + UUID.randomUUID() + "/held", "{\"attendance\": [null], \"decisions\": []}");

    assertRefusedNaming(answer, "attendance");
  }

  private static void assertRefusedNaming(Http.Answer answer, String field) {
    assertThat(answer.status()).as(answer.toString()).isIn(400, 422);
    assertProblem(answer, answer.status(), answer.status() == 400 ? "urn:psi:problem:invalid-request"
        : "urn:psi:problem:invalid-input");
    JsonNode violations = answer.json().get("violations");
    String named = violations == null ? answer.json().get("detail").asText() : violations.toString();
    assertThat(named).as(answer.toString()).contains(field);
  }

  /**
   * The body of a TRACE or HEAD request is another request: were it parsed as the next one on the connection, a
   * proxy that reads the body would let it through unseen. The first is refused and the second never served.
   */
  @ParameterizedTest
  @ValueSource(strings = {"TRACE", "HEAD"})
  void a_body_on_a_method_that_takes_none_is_refused_and_what_follows_it_is_never_served(String method)
      throws Exception {
    String idea = "{\"source\": \"CITIZEN\", \"contact\": {\"name\": \"Sam Ek\", \"email\": \"sam@example.se\"},"
        + " \"challenge\": \"Smugglad\", \"description\": \"Smugglad\", \"municipality\": \"KUMLA\","
        + " \"channel\": \"WEB_FORM\"}";
    byte[] ideaBytes = idea.getBytes(StandardCharsets.UTF_8);
    String smuggled = "POST /api/v1/ideas HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + "Content-Length: " + ideaBytes.length + "\r\n\r\n" + idea;
    byte[] smuggledBytes = smuggled.getBytes(StandardCharsets.UTF_8);
    String first = method + " /api/v1/partners HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
        + smuggledBytes.length + "\r\n\r\n";
    int before = server.psi.ideas().all().size();

    String answered;
    try (Socket socket = new Socket(server.base.getHost(), server.base.getPort())) {
      socket.setSoTimeout(30_000);  // a guard against hanging for ever; the server closes the connection at once
      OutputStream out = socket.getOutputStream();
      out.write(first.getBytes(StandardCharsets.US_ASCII));
      out.write(smuggledBytes);
      out.flush();
      answered = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(answered).startsWith("HTTP/1.1 400").containsIgnoringCase("Connection: close");
    if (!method.equals("HEAD")) {  // an answer to HEAD never has a body
      assertThat(answered).contains("application/problem+json").contains("urn:psi:problem:invalid-request")
          .contains(method);
    }
    assertThat(answered.split("HTTP/1\\.1 ", -1)).as(answered).hasSize(2);
    assertThat(server.psi.ideas().all()).hasSize(before);
  }
}
