package se.psi.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.adapters.web.MembershipApiTest.assertProblem;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Role;
import se.psi.testkit.fixtures.Fixtures;

/** What every request meets: the runtime's own errors as problems, limits, languages and CORS. */
class HttpBehaviourTest {

  private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);

  @Test
  void unknown_paths_wrong_methods_and_unacceptable_formats_are_problem_documents() {
    try (WebServer server = WebServer.start("2022-03-01")) {
      Http http = Http.to(server);

      assertProblem(http.get("/api/v1/nothing-here"), 404, "urn:psi:problem:not-found");
      Http.Answer wrongMethod = http.send("PUT", "/api/v1/partners", "application/json", "{}");
      assertProblem(wrongMethod, 405, "urn:psi:problem:method-not-allowed");
      assertThat(wrongMethod.header("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
      assertProblem(http.header("Accept", "application/xml").get("/api/v1/partners"), 406,
          "urn:psi:problem:not-acceptable");
    }
  }

  @Test
  void answers_are_swedish_by_default_and_english_when_the_caller_prefers_it() {
    try (WebServer server = WebServer.start("2022-03-01")) {
      Http http = Http.to(server);

      Http.Answer byDefault = http.get("/api/v1/nothing-here");
      Http.Answer english = http.header("Accept-Language", "en-GB,en;q=0.9,sv;q=0.5").get("/api/v1/nothing-here");
      Http.Answer swedishFirst = http.header("Accept-Language", "sv-SE,en;q=0.5").get("/api/v1/nothing-here");
      Http.Answer unknown = http.header("Accept-Language", "fi").get("/api/v1/nothing-here");

      assertThat(byDefault.json().get("title").asText()).isEqualTo("Finns inte");
      assertThat(english.json().get("title").asText()).isEqualTo("Not found");
      assertThat(english.header("Content-Language")).hasValue("en");
      assertThat(swedishFirst.json().get("title").asText()).isEqualTo("Finns inte");
      assertThat(unknown.json().get("title").asText()).isEqualTo("Finns inte");
    }
  }

  @Test
  void bodies_beyond_the_limits_are_refused_before_anything_is_read_further() {
    try (WebServer server = WebServer.start("2022-03-01", new WebLimits(2_000, 4, 300, 100))) {
      Http http = Http.to(server).as(ADMIN);
      String large = "{\"organisation\":{\"name\":\"" + "x".repeat(3_000) + "\"}}";
      String deep = "{\"organisation\":{\"a\":{\"b\":{\"c\":{\"d\":{}}}}}}";
      String longName = "{\"organisation\":{\"name\":\"" + "x".repeat(400) + "\"}}";

      assertProblem(http.post("/api/v1/membership-applications", large), 413, "urn:psi:problem:body-too-large");
      assertProblem(http.postChunked("/api/v1/membership-applications", large), 413,
          "urn:psi:problem:body-too-large");
      assertProblem(http.post("/api/v1/membership-applications", deep), 400, "urn:psi:problem:invalid-request");
      assertProblem(http.post("/api/v1/membership-applications", longName), 413, "urn:psi:problem:body-too-large");
      assertThat(server.psi.applications().findByOrganisation(Fixtures.anOrganisationNumber())).isEmpty();
    }
  }

  @Test
  void browsers_on_allowed_origins_get_cors_headers_and_others_do_not() {
    try (WebServer server = WebServer.start("2022-03-01")) {
      Http http = Http.to(server);

      Http.Answer preflight = http.header("Origin", "https://frontend.example")
          .header("Access-Control-Request-Method", "POST").send("OPTIONS", "/api/v1/membership-applications", null,
              null);
      Http.Answer allowed = http.header("Origin", "https://frontend.example").get("/api/v1/partners");
      Http.Answer other = http.header("Origin", "https://elsewhere.example").get("/api/v1/partners");

      assertThat(preflight.status()).isEqualTo(204);
      assertThat(preflight.header("Access-Control-Allow-Origin")).hasValue("https://frontend.example");
      assertThat(preflight.header("Access-Control-Allow-Headers")).hasValueSatisfying(h ->
          assertThat(h).contains("If-Match").contains("Accept-Language"));
      assertThat(allowed.header("Access-Control-Allow-Origin")).hasValue("https://frontend.example");
      assertThat(allowed.header("Access-Control-Expose-Headers")).hasValueSatisfying(h ->
          assertThat(h).contains("ETag"));
      assertThat(other.header("Access-Control-Allow-Origin")).isEmpty();
    }
  }

  @Test
  void every_answer_forbids_sniffing_and_storing_since_it_may_hold_personal_data() {
    try (WebServer server = WebServer.start("2022-03-01")) {
      Http http = Http.to(server);

      for (Http.Answer answer : List.of(http.get("/api/v1/partners"), http.get("/api/v1/nothing-here"))) {
        assertThat(answer.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(answer.header("Cache-Control")).hasValue("no-store");
      }
    }
  }
}
