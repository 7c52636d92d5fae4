package se.psi.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.adapters.web.MembershipApiTest.assertProblem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.psi.core.shared.Actor;

/** Calls, theme interests, the project bank and projects over HTTP (PRJ-1..PRJ-4). */
class ProjectsApiTest {

  private final WebServer server = WebServer.start("2022-03-01");
  private final Http http = Http.to(server);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void PRJ_3_PRJ_4_an_open_call_is_matched_with_the_project_banks_ideas_on_its_themes() {
    String partner = Admissions.admit(http, "ASSOCIATION", "Verdandi");
    Actor own = Admissions.adminOf(http, partner);

    Http.Answer interest = http.as(own).send("PUT", "/api/v1/calls/theme-interests", "application/json",
        "{\"partnerId\":\"" + partner + "\",\"themes\":[\"Psykisk hälsa\"]}");
    Http.Answer call = http.as(Admissions.COMMITTEE).post("/api/v1/calls", Map.of("funder", "Allmänna arvsfonden",
        "programme", "Projektstöd", "deadline", "2022-05-31", "themes", List.of("psykisk hälsa", "unga")));
    Http.Answer banked = http.as(Admissions.COMMITTEE).post("/api/v1/projects/bank", Map.of("theme", "Unga",
        "title", "Kvällsöppen verkstad", "description", "Unga bygger och lagar tillsammans"));
    Http.Answer matches = http.as(Admissions.COMMITTEE).get("/api/v1/projects/bank/matches");

    assertThat(interest.status()).as(interest.toString()).isEqualTo(200);
    assertThat(call.status()).as(call.toString()).isEqualTo(201);
    assertThat(banked.status()).as(banked.toString()).isEqualTo(201);
    assertThat(http.get("/api/v1/calls").json()).hasSize(1);
    assertThat(matches.json()).singleElement().satisfies(m ->
        assertThat(m.get("ideas").get(0).get("title").asText()).isEqualTo("Kvällsöppen verkstad"));
    assertProblem(http.get("/api/v1/projects/bank"), 401, "urn:psi:problem:unauthenticated");
  }

  @Test
  void PRJ_1_PRJ_2_a_registered_project_is_anchored_and_its_owner_asks_for_a_reference_group() {
    String partner = Admissions.admit(http, "ASSOCIATION", "Verdandi");
    Actor own = Admissions.adminOf(http, partner);

    Http.Answer registered = http.as(own).post("/api/v1/projects", Map.of("owner", partner,
        "title", "Fritidsbank i Kumla", "description", "Lån av fritidsutrustning"));
    String path = "/api/v1/projects/" + registered.json().get("id").asText();
    assertProblem(http.as(own).ifMatch(registered.etag()).post(path + "/anchoring", null), 403,
        "urn:psi:problem:not-permitted");
    Http.Answer anchored = http.as(Admissions.COMMITTEE).ifMatch(registered.etag()).post(path + "/anchoring", null);
    Http.Answer asked = http.as(own).ifMatch(anchored.etag()).post(path + "/stakeholder-group", null);

    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    assertThat(anchored.json().get("anchoredOn").asText()).isEqualTo("2022-03-01");
    assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
    assertThat(asked.json().get("stakeholderGroup").asBoolean()).isTrue();
    assertThat(http.get("/api/v1/projects").json()).hasSize(1);
  }
}
