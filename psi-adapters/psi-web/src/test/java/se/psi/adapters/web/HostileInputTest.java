package se.psi.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.adapters.web.MembershipApiTest.assertProblem;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
}
