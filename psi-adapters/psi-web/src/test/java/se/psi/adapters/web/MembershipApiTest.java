package se.psi.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.psi.core.shared.Actor;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Role;
import se.psi.testkit.fixtures.Fixtures;

/** MEM-3 over HTTP: apply, read, complete, decide; with explanations, ETags and problem documents. */
class MembershipApiTest {

  private static final String APPLICATIONS = "/api/v1/membership-applications";
  private static final Actor COMMITTEE = Actor.of("au-1", Role.COMMITTEE_MEMBER);

  private final WebServer server = WebServer.start("2022-03-01");
  private final Http http = Http.to(server);
  private final OrganisationNumber verdandi = Fixtures.anOrganisationNumber();
  private final Actor verdandiAdmin = Actor.forOrganisation("v-admin", verdandi, Role.PARTNER_ADMINISTRATOR);

  @AfterEach
  void stop() {
    server.close();
  }

  static ObjectNode application(OrganisationNumber number, boolean complete) {
    ObjectNode body = Http.JSON.createObjectNode();
    body.putObject("organisation").put("organisationNumber", number.toString()).put("name", "Verdandi Örebro")
        .put("kind", "ASSOCIATION");
    if (complete) {
      body.putObject("boardDecision").put("date", "2022-02-01").put("body", "Styrelsen").put("reference", "§ 7");
      body.putObject("contactPerson").put("name", "Kim Berg").put("role", "Samordnare")
          .put("email", "kim.berg@example.se").put("phone", "019-100100").put("official", false);
    }
    return body;
  }

  @Test
  void an_organisation_applies_and_gets_the_application_with_location_and_etag() {
    Http.Answer created = http.as(verdandiAdmin).post(APPLICATIONS, application(verdandi, true));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.json().get("id").asText();
    assertThat(created.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(APPLICATIONS + "/" + id));
    assertThat(created.etag()).isEqualTo("\"1\"");
    assertThat(created.json().get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(created.json().get("organisation").get("sector").asText()).isEqualTo("CIVIL_SOCIETY");

    Http.Answer read = http.as(verdandiAdmin).get(APPLICATIONS + "/" + id);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.etag()).isEqualTo("\"1\"");
    assertThat(read.json().get("organisation").get("name").asText()).isEqualTo("Verdandi Örebro");
  }

  @Test
  void MEM_1_a_personal_identity_number_is_refused_under_MEM_1_with_its_format_violation_in_one_problem() {
    ObjectNode body = application(verdandi, true);
    ((ObjectNode) body.get("organisation")).put("organisationNumber", "850709-9805");

    Http.Answer refused = http.as(Actor.of("admin", Role.ADMINISTRATOR)).inEnglish().post(APPLICATIONS, body);

    assertProblem(refused, 422, "urn:psi:problem:invalid-input");
    assertThat(refused.json().get("violations")).hasSize(2).allSatisfy(violation ->
        assertThat(violation.get("field").asText()).isEqualTo("organisation.organisationNumber"));
    assertThat(refused.json().get("violations")).extracting(v -> v.get("rule").asText())
        .containsExactly("MEM-1", "OrganisationNumberFormat");
    assertThat(refused.json().get("violations").get(0).get("message").asText())
        .isEqualTo("A private individual can never be a party: only legal persons can join the partnership.");
  }

  @Test
  void MEM_3_MEM_4_the_committee_decides_and_the_explanation_is_in_the_callers_language() {
    String id = http.as(verdandiAdmin).post(APPLICATIONS, application(verdandi, false)).json().get("id").asText();

    Http.Answer swedish = http.as(COMMITTEE).ifMatch("\"1\"").post(APPLICATIONS + "/" + id + "/decision", null);

    assertThat(swedish.status()).as(swedish.toString()).isEqualTo(200);
    assertThat(swedish.header("Content-Language")).hasValue("sv");
    JsonNode decision = swedish.json().get("latestDecision");
    assertThat(decision.get("outcome").asText()).isEqualTo("INCOMPLETE");
    JsonNode explanation = decision.get("explanation");
    assertThat(explanation.get("rulesetVersion").asText()).isEqualTo("orebro-2022");
    assertThat(explanation.get("allMet").asBoolean()).isFalse();
    assertThat(explanation.get("evaluations")).anySatisfy(e -> {
      assertThat(e.get("ruleId").asText()).isEqualTo("MEM-4");
      assertThat(e.get("verdict").asText()).isEqualTo("NOT_MET");
      assertThat(e.get("field").asText()).isEqualTo("boardDecision");
    });
    String etag = swedish.etag();

    Http.Answer english = http.as(verdandiAdmin).inEnglish().get(APPLICATIONS + "/" + id);
    assertThat(english.header("Content-Language")).hasValue("en");
    String swedishReason = reason(decision, "MEM-4");
    String englishReason = reason(english.json().get("latestDecision"), "MEM-4");
    assertThat(englishReason).isNotEqualTo(swedishReason).isNotBlank();
    assertThat(english.etag()).isEqualTo(etag);
  }

  @Test
  void MEM_3_a_completed_application_is_admitted_and_the_partner_exists() {
    String id = http.as(verdandiAdmin).post(APPLICATIONS, application(verdandi, false)).json().get("id").asText();
    ObjectNode completion = application(verdandi, true);
    completion.remove("organisation");

    Http.Answer completed = http.as(verdandiAdmin).ifMatch("\"1\"")
        .post(APPLICATIONS + "/" + id + "/completion", completion);
    assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
    Http.Answer decided = http.as(COMMITTEE).ifMatch(completed.etag()).post(APPLICATIONS + "/" + id + "/decision",
        null);

    assertThat(decided.json().get("status").asText()).isEqualTo("ADMITTED");
    String partnerId = decided.json().get("latestDecision").get("partnerId").asText();
    Http.Answer partner = http.get("/api/v1/partners/" + partnerId);
    assertThat(partner.status()).isEqualTo(200);
    assertThat(partner.json().get("organisation").get("organisationNumber").asText())
        .isEqualTo(verdandi.toString());
  }

  @Test
  void a_change_without_if_match_is_428_and_with_a_stale_etag_412_and_nothing_changes() {
    String id = http.as(verdandiAdmin).post(APPLICATIONS, application(verdandi, true)).json().get("id").asText();

    Http.Answer missing = http.as(COMMITTEE).post(APPLICATIONS + "/" + id + "/decision", null);
    Http.Answer stale = http.as(COMMITTEE).ifMatch("\"7\"").post(APPLICATIONS + "/" + id + "/decision", null);
    Http.Answer malformed = http.as(COMMITTEE).ifMatch("seven").post(APPLICATIONS + "/" + id + "/decision", null);

    assertProblem(missing, 428, "urn:psi:problem:precondition-required");
    assertProblem(stale, 412, "urn:psi:problem:stale-version");
    assertProblem(malformed, 400, "urn:psi:problem:invalid-request");
    assertThat(http.as(COMMITTEE).get(APPLICATIONS + "/" + id).json().get("status").asText())
        .isEqualTo("SUBMITTED");
  }

  @Test
  void neither_another_applicant_nor_an_anonymous_caller_learns_that_an_application_exists() {
    String id = http.as(verdandiAdmin).post(APPLICATIONS, application(verdandi, true)).json().get("id").asText();
    Actor other = Actor.forOrganisation("o-admin", Fixtures.anOrganisationNumber(), Role.PARTNER_ADMINISTRATOR);

    assertProblem(http.as(other).get(APPLICATIONS + "/" + id), 404, "urn:psi:problem:not-found");
    assertProblem(http.as(other).get(APPLICATIONS + "/" + "not-a-uuid"), 404, "urn:psi:problem:not-found");
    assertProblem(http.get(APPLICATIONS + "/" + id), 404, "urn:psi:problem:not-found");
  }

  @Test
  void MEM_3_the_committee_lists_the_applications_waiting_for_it_and_a_bad_filter_is_named() {
    String id = http.as(verdandiAdmin).post(APPLICATIONS, application(verdandi, true)).json().get("id").asText();

    Http.Answer waiting = http.as(COMMITTEE).get(APPLICATIONS + "?status=SUBMITTED&limit=5");

    assertThat(waiting.status()).as(waiting.toString()).isEqualTo(200);
    assertThat(waiting.json().get("items")).anySatisfy(item -> assertThat(item.get("id").asText()).isEqualTo(id));
    assertThat(waiting.json().get("limit").asInt()).isEqualTo(5);
    assertThat(waiting.json().get("totalExact").asBoolean()).isTrue();
    Http.Answer bad = http.as(COMMITTEE).get(APPLICATIONS + "?status=PENDING");
    assertProblem(bad, 400, "urn:psi:problem:invalid-request");
    assertThat(bad.json().get("detail").asText()).contains("status");
    assertProblem(http.as(verdandiAdmin).get(APPLICATIONS), 403, "urn:psi:problem:not-permitted");
  }

  @Test
  void MEM_3_only_the_committee_decides_and_nobody_applies_for_another_organisation() {
    String id = http.as(verdandiAdmin).post(APPLICATIONS, application(verdandi, true)).json().get("id").asText();
    Actor other = Actor.forOrganisation("o-admin", Fixtures.anOrganisationNumber(), Role.PARTNER_ADMINISTRATOR);

    assertProblem(http.as(verdandiAdmin).ifMatch("\"1\"").post(APPLICATIONS + "/" + id + "/decision", null), 403,
        "urn:psi:problem:not-permitted");
    assertProblem(http.as(other).post(APPLICATIONS, application(verdandi, true)), 403,
        "urn:psi:problem:not-permitted");
    assertProblem(http.post(APPLICATIONS, application(verdandi, true)), 401, "urn:psi:problem:unauthenticated");
  }

  @Test
  void every_problem_with_the_input_is_named_at_once_with_field_rule_and_message() {
    ObjectNode body = application(verdandi, true);
    ((ObjectNode) body.get("organisation")).put("name", "").put("organisationNumber", "123");
    ((ObjectNode) body.get("contactPerson")).put("email", "not-an-address");

    Http.Answer answer = http.as(Actor.of("admin", Role.ADMINISTRATOR)).inEnglish().post(APPLICATIONS, body);

    assertProblem(answer, 422, "urn:psi:problem:invalid-input");
    assertThat(answer.json().get("violations")).extracting(v -> v.get("field").asText())
        .contains("organisation.name", "organisation.organisationNumber", "contactPerson.email");
    assertThat(answer.json().get("violations")).allSatisfy(v -> {
      assertThat(v.get("rule").asText()).isNotBlank();
      assertThat(v.get("message").asText()).isNotBlank().doesNotContain("{");
    });
    assertThat(server.psi.applications().findByOrganisation(verdandi)).isEmpty();
  }

  @Test
  void server_owned_fields_unknown_fields_wrong_types_and_malformed_json_are_refused_before_anything_is_written() {
    ObjectNode withStatus = application(verdandi, true).put("status", "ADMITTED");
    ObjectNode wrongKind = application(verdandi, true);
    ((ObjectNode) wrongKind.get("organisation")).put("kind", "CLUB");
    ObjectNode numberAsName = application(verdandi, true);
    ((ObjectNode) numberAsName.get("organisation")).put("name", 42);
    Http admin = http.as(verdandiAdmin);

    Http.Answer status = admin.post(APPLICATIONS, withStatus);
    Http.Answer kind = admin.post(APPLICATIONS, wrongKind);
    Http.Answer name = admin.post(APPLICATIONS, numberAsName);
    Http.Answer malformed = admin.post(APPLICATIONS, "{\"organisation\": {");
    Http.Answer empty = admin.post(APPLICATIONS, "");
    Http.Answer text = admin.send("POST", APPLICATIONS, "text/plain", "hello");

    assertProblem(status, 400, "urn:psi:problem:invalid-request");
    assertThat(status.json().get("violations").get(0).get("field").asText()).isEqualTo("status");
    assertProblem(kind, 400, "urn:psi:problem:invalid-request");
    assertThat(kind.json().get("detail").asText()).contains("organisation.kind").contains("ASSOCIATION");
    assertProblem(name, 400, "urn:psi:problem:invalid-request");
    assertThat(name.json().get("violations").get(0).get("field").asText()).isEqualTo("organisation.name");
    assertProblem(malformed, 400, "urn:psi:problem:malformed-json");
    assertProblem(empty, 400, "urn:psi:problem:malformed-json");
    assertProblem(text, 415, "urn:psi:problem:unsupported-media-type");
    assertThat(server.psi.applications().findByOrganisation(verdandi)).isEmpty();
  }

  @Test
  void MEM_3_the_applicant_replays_its_first_decision_from_the_receipt_after_being_admitted() {
    String id = http.as(verdandiAdmin).post(APPLICATIONS, application(verdandi, false)).json().get("id").asText();
    Http.Answer incomplete = http.as(COMMITTEE).ifMatch("\"1\"").post(APPLICATIONS + "/" + id + "/decision", null);
    var completion = application(verdandi, true);
    completion.remove("organisation");
    Http.Answer completed = http.as(verdandiAdmin).ifMatch(incomplete.etag())
        .post(APPLICATIONS + "/" + id + "/completion", completion);
    http.as(COMMITTEE).ifMatch(completed.etag()).post(APPLICATIONS + "/" + id + "/decision", null);

    Http.Answer replay = http.as(verdandiAdmin).inEnglish().get(APPLICATIONS + "/" + id + "/decisions/1/replay");

    assertThat(replay.status()).as(replay.toString()).isEqualTo(200);
    JsonNode body = replay.json();
    assertThat(body.get("same").asBoolean()).isTrue();
    assertThat(body.get("receiptIntact").asBoolean()).isTrue();
    assertThat(body.get("replayedOutcome").asText()).isEqualTo("INCOMPLETE");
    assertThat(body.get("replayed").get("summary").asText()).contains("[MEM-4] Not met");
    assertThat(body.get("receipt").get("hash").asText())
        .isEqualTo(incomplete.json().get("decisions").get(0).get("receiptHash").asText()).hasSize(64);
    assertThat(body.get("receipt").get("facts").has("contactPerson")).isFalse();
    assertProblem(http.as(verdandiAdmin).get(APPLICATIONS + "/" + id + "/decisions/3/replay"), 404,
        "urn:psi:problem:not-found");
    assertProblem(http.as(verdandiAdmin).get(APPLICATIONS + "/" + id + "/decisions/first/replay"), 404,
        "urn:psi:problem:not-found");
  }

  @Test
  void MEM_1_the_committee_sees_which_decisions_a_narrower_ruleset_would_change_and_a_bad_proposal_is_named() {
    String id = http.as(verdandiAdmin).post(APPLICATIONS, application(verdandi, true)).json().get("id").asText();
    http.as(COMMITTEE).ifMatch("\"1\"").post(APPLICATIONS + "/" + id + "/decision", null);

    Http.Answer whatIf = http.as(COMMITTEE).post(APPLICATIONS + "/decisions/what-if", java.util.Map.of(
        "from", "2022-01-01", "to", "2022-12-31", "changedParameters", java.util.Map.of("admittedKinds", "COMPANY")));
    Http.Answer refused = http.as(COMMITTEE).inEnglish().post(APPLICATIONS + "/decisions/what-if", java.util.Map.of(
        "from", "2022-12-31", "to", "2022-01-01", "changedParameters", java.util.Map.of("fee", "100")));

    assertThat(whatIf.status()).as(whatIf.toString()).isEqualTo(200);
    assertThat(whatIf.json().get("evaluated").asLong()).isEqualTo(1);
    assertThat(whatIf.json().get("differing").asLong()).isEqualTo(1);
    JsonNode difference = whatIf.json().get("differences").get(0);
    assertThat(difference.get("applicationId").asText()).isEqualTo(id);
    assertThat(difference.get("replay").get("recordedOutcome").asText()).isEqualTo("ADMITTED");
    assertThat(difference.get("replay").get("replayedOutcome").asText()).isEqualTo("REFUSED");
    assertProblem(refused, 422, "urn:psi:problem:invalid-input");
    assertThat(refused.json().get("violations")).extracting(v -> v.get("field").asText())
        .containsExactlyInAnyOrder("to", "parameters.fee");
  }

  static void assertProblem(Http.Answer answer, int status, String type) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    JsonNode problem = answer.json();
    assertThat(problem.get("type").asText()).isEqualTo(type);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(problem.get("detail").asText()).isNotBlank();
    assertThat(answer.response().body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private static String reason(JsonNode decision, String ruleId) {
    for (JsonNode evaluation : decision.get("explanation").get("evaluations")) {
      if (evaluation.get("ruleId").asText().equals(ruleId)) {
        return evaluation.get("reason").asText();
      }
    }
    throw new AssertionError("no " + ruleId + " in " + decision);
  }
}
