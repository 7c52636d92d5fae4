package se.psi.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.adapters.web.MembershipApiTest.assertProblem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Role;

/** Documentation (DOC), ideas (IDE) and advisory cases (ADV) over HTTP. */
class CasesApiTest {

  private static final Actor ADVISER = Actor.of("adviser-coompanion", Role.ADVISER);

  private final WebServer server = WebServer.start("2022-03-01");
  private final Http http = Http.to(server);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void DOC_1_DOC_2_a_template_is_published_and_an_innovation_documented_against_it_which_anyone_reads() {
    Http.Answer template = http.as(Admissions.COMMITTEE).post("/api/v1/documentation/templates", Map.of(
        "name", "Social innovation", "fields", List.of(Map.of("key", "municipalities", "label", "Kommuner",
            "type", "TEXT", "required", true, "choices", List.of()))));
    Http.Answer missingAnswer = http.as(Admissions.COMMITTEE).post("/api/v1/documentation/innovations",
        innovation(Map.of()));
    Http.Answer recorded = http.as(Admissions.COMMITTEE).post("/api/v1/documentation/innovations",
        innovation(Map.of("municipalities", "Hallsberg, Kumla")));

    assertThat(template.status()).as(template.toString()).isEqualTo(201);
    assertThat(template.json().get("version").asInt()).isEqualTo(1);
    assertThat(missingAnswer.status()).as(missingAnswer.toString()).isIn(422);
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    assertThat(http.get("/api/v1/documentation/innovations").json()).singleElement()
        .satisfies(r -> assertThat(r.get("templateVersion").asInt()).isEqualTo(1));
    assertThat(http.get("/api/v1/documentation/templates").json()).hasSize(1);
  }

  @Test
  void DOC_1_one_template_version_and_one_record_are_read_by_name_and_id() {
    http.as(Admissions.COMMITTEE).post("/api/v1/documentation/templates", Map.of("name", "Social innovation",
        "fields", List.of()));
    Http.Answer second = http.as(Admissions.COMMITTEE).post("/api/v1/documentation/templates", Map.of(
        "name", "Social innovation", "fields", List.of(Map.of("key", "municipalities", "label", "Kommuner",
            "type", "TEXT", "required", false, "choices", List.of()))));
    Http.Answer recorded = http.as(Admissions.COMMITTEE).post("/api/v1/documentation/innovations",
        innovation(Map.of()));
    String template = "/api/v1/documentation/templates/Social%20innovation";

    Http.Answer newest = http.get(template);
    Http.Answer first = http.get(template + "?version=1");
    Http.Answer record = http.get("/api/v1/documentation/innovations/" + recorded.json().get("id").asText());

    assertThat(newest.json()).isEqualTo(second.json());
    assertThat(newest.etag()).isEqualTo(second.etag());
    assertThat(first.json().get("version").asInt()).isEqualTo(1);
    assertThat(first.json().get("fields")).isEmpty();
    assertThat(record.json()).isEqualTo(recorded.json());
    assertThat(record.etag()).isEqualTo(recorded.etag());
    assertProblem(http.get(template + "?version=3"), 404, "urn:psi:problem:not-found");
    assertProblem(http.get("/api/v1/documentation/templates/Ingen"), 404, "urn:psi:problem:not-found");
    assertThat(http.get(template + "?version=senaste").status()).isEqualTo(400);
    assertProblem(http.get("/api/v1/documentation/innovations/" + java.util.UUID.randomUUID()), 404,
        "urn:psi:problem:not-found");
  }

  private static Map<String, Object> innovation(Map<String, String> answers) {
    return Map.of("templateName", "Social innovation", "challenge", "Ensamhet bland äldre",
        "innovation", "Språkcafé där nyanlända och äldre möts", "origin", "NON_PROFIT",
        "actors", List.of("Föreningen Språkvänner"), "priorityAreas", List.of("SOCIAL_COHESION_AND_DEMOCRACY"),
        "results", "Tre caféer i gång", "answers", answers);
  }

  @Test
  void IDE_1_IDE_2_anyone_submits_an_idea_and_follows_it_by_receipt_while_the_committee_triages_it() {
    Http.Answer submitted = http.post("/api/v1/ideas", Map.of("source", "CITIZEN",
        "contact", Map.of("name", "Sam Ek", "email", "sam@example.se"), "challenge", "Unga saknar mötesplatser",
        "description", "Öppen verkstad på kvällar", "municipality", "KUMLA", "channel", "WEB_FORM"));
    String receipt = submitted.json().get("receipt").asText();

    Http.Answer ideas = http.as(Admissions.COMMITTEE).get("/api/v1/ideas");
    String id = ideas.json().get(0).get("id").asText();
    String etag = "\"" + ideas.json().get(0).get("version").asText() + "\"";
    Http.Answer triaged = http.as(Admissions.COMMITTEE).ifMatch(etag).post("/api/v1/ideas/" + id + "/triage",
        Map.of("outcome", "TO_ADVICE", "note", "Coompanion tar kontakt"));
    Http.Answer followed = http.get("/api/v1/ideas/receipts/" + receipt);
    Http.Answer erased = http.as(Admissions.ADMINISTRATOR).ifMatch(triaged.etag())
        .post("/api/v1/ideas/" + id + "/contact-erasure", null);

    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    assertThat(submitted.json().has("contactEmail")).isFalse();
    assertThat(ideas.json().get(0).get("contactEmail").asText()).isEqualTo("sam@example.se");
    assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);
    assertThat(followed.json().get("triage").get("outcome").asText()).isEqualTo("TO_ADVICE");
    assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
    assertThat(erased.json().get("contactEmail").isNull()).isTrue();
    assertProblem(http.get("/api/v1/ideas"), 401, "urn:psi:problem:unauthenticated");
    assertProblem(http.get("/api/v1/ideas/receipts/nothing-like-it"), 404, "urn:psi:problem:not-found");
  }

  @Test
  void IDE_2_ADV_3_the_idea_giver_sees_the_advisory_case_the_idea_led_to_and_the_case_knows_the_idea() {
    String receipt = http.post("/api/v1/ideas", Map.of("source", "ORGANISATION", "organisation", "Föreningen Gemenskap",
        "challenge", "Äldre äter ensamma", "description", "Matlag för äldre och unga", "municipality", "NORA",
        "channel", "WEB_FORM")).json().get("receipt").asText();
    Http.Answer ideas = http.as(Admissions.COMMITTEE).get("/api/v1/ideas");
    String id = ideas.json().get(0).get("id").asText();
    http.as(Admissions.COMMITTEE).ifMatch("\"" + ideas.json().get(0).get("version").asText() + "\"")
        .post("/api/v1/ideas/" + id + "/triage", Map.of("outcome", "TO_ADVICE", "note", "Till rådgivningen"));

    Http.Answer opened = http.as(ADVISER).post("/api/v1/advisory-cases", Map.of("organisationName",
        "Föreningen Gemenskap", "organisationKind", "ASSOCIATION", "idea", "Matlag", "challenge", "Ensamhet",
        "fromIdea", id, "advisers", List.of("Coompanion")));
    Http.Answer followed = http.get("/api/v1/ideas/receipts/" + receipt);

    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    assertThat(opened.json().get("fromIdea").asText()).isEqualTo(id);
    assertThat(followed.json().get("triage").get("ledTo").asText()).isEqualTo(opened.json().get("id").asText());
  }

  @Test
  void ADV_1_ADV_2_the_advisory_team_opens_a_case_with_its_eligibility_and_records_what_came_of_it() {
    Http.Answer opened = http.as(ADVISER).post("/api/v1/advisory-cases", Map.of(
        "organisationName", "Föreningen Språkvänner", "organisationKind", "ASSOCIATION",
        "idea", "Språkcafé", "challenge", "Ensamhet", "advisers", List.of(ADVISER.personId())));
    String path = "/api/v1/advisory-cases/" + opened.json().get("id").asText();

    Http.Answer outcome = http.as(ADVISER).ifMatch(opened.etag()).post(path + "/outcomes", Map.of(
        "kind", "RECOMMENDED_GRANT", "note", "Söker bidraget för sociala innovationer", "close", true));

    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    assertThat(opened.json().get("eligibility").get("evaluations")).isNotEmpty();
    assertThat(outcome.status()).as(outcome.toString()).isEqualTo(200);
    assertThat(outcome.json().get("closed").asBoolean()).isTrue();
    assertThat(http.as(Admissions.COMMITTEE).get("/api/v1/advisory-cases").json()).hasSize(1);
    assertProblem(http.as(Actor.of("p", Role.PARTNER_ADMINISTRATOR)).get("/api/v1/advisory-cases"), 403,
        "urn:psi:problem:not-permitted");
  }

  @Test
  void IDE_2_ADV_2_a_change_to_an_idea_or_case_that_does_not_exist_is_404_and_one_on_a_stale_version_412() {
    String unknown = "/" + java.util.UUID.randomUUID();
    Http.Answer opened = http.as(ADVISER).post("/api/v1/advisory-cases", Map.of(
        "organisationName", "Föreningen Språkvänner", "organisationKind", "ASSOCIATION",
        "idea", "Språkcafé", "challenge", "Ensamhet", "advisers", List.of(ADVISER.personId())));
    String path = "/api/v1/advisory-cases/" + opened.json().get("id").asText();
    Map<String, Object> advice = Map.of("kind", "ADVICE_GIVEN", "note", "Affärsplan", "close", false);
    http.as(ADVISER).ifMatch(opened.etag()).post(path + "/outcomes", advice);

    assertProblem(http.as(Admissions.COMMITTEE).ifMatch("\"1\"").post("/api/v1/ideas" + unknown + "/triage",
        Map.of("outcome", "TO_ADVICE", "note", "Till rådgivningen")), 404, "urn:psi:problem:not-found");
    assertProblem(http.as(ADVISER).ifMatch("\"1\"").post("/api/v1/advisory-cases" + unknown + "/outcomes",
        advice), 404, "urn:psi:problem:not-found");
    assertProblem(http.as(ADVISER).ifMatch(opened.etag()).post(path + "/outcomes", advice), 412,
        "urn:psi:problem:stale-version");
  }
}
