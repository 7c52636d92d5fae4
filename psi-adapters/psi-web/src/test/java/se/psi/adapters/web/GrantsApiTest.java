package se.psi.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.adapters.web.MembershipApiTest.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.psi.core.shared.Actor;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Role;
import se.psi.testkit.fixtures.Fixtures;

/** A grant application's whole journey over HTTP (GRA-1..GRA-8), and who may take each step. */
class GrantsApiTest {

  private static final List<String> MEMBERS = List.of("adviser-coompanion", "adviser-activa", "official-region");
  private static final Actor DECIDER = Actor.of("area-head", Role.DELEGATED_DECIDER);

  private final WebServer server = WebServer.start("2022-03-01");
  private final Http http = Http.to(server);
  private final OrganisationNumber applicantNumber = Fixtures.anOrganisationNumber();
  private final Actor applicant = Actor.forOrganisation("applicant", applicantNumber, Role.PARTNER_ADMINISTRATOR);

  @AfterEach
  void stop() {
    server.close();
  }

  private static Actor member(String personId) {
    return Actor.of(personId, Role.HANDLING_GROUP_MEMBER);
  }

  private ObjectNode draft() {
    ObjectNode body = Http.JSON.createObjectNode().put("schemeYear", 2022);
    body.putObject("applicant").put("organisationNumber", applicantNumber.toString())
        .put("name", "Föreningen Språkvänner").put("kind", "ASSOCIATION");
    ObjectNode project = body.putObject("project").put("title", "Språkcafé i Hallsberg")
        .put("description", "Träffar där nyanlända och äldre möts varje vecka")
        .put("challenge", "Ensamhet och utanförskap").put("expectedEffects", "Bestående mötesplatser")
        .put("requestedKronor", 50_000).put("start", "2022-04-01").put("end", "2022-12-31");
    project.putArray("partners").addObject().put("name", "Hallsbergs bibliotek")
        .put("anchoring", "Avsiktsförklaring 2022-01-20");
    project.putArray("priorityAreas").add("SOCIAL_COHESION_AND_DEMOCRACY");
    return body;
  }

  private String delegation() {
    http.as(Admissions.ADMINISTRATOR).post("/api/v1/grant-schemes", Map.of("year", 2022,
        "appropriationKronor", 500_000, "minimumKronor", 10_000, "maximumKronor", 100_000,
        "guidelines", "Riktlinjer fastställda av Kulturnämnden"));
    Http.Answer delegation = http.as(Admissions.ADMINISTRATOR).post("/api/v1/delegations", Map.of(
        "delegate", DECIDER.personId(), "position", "Områdeschef Kultur och ideell sektor",
        "fromCommittee", "Kulturnämnden", "validFrom", "2021-01-01"));
    assertThat(delegation.status()).as(delegation.toString()).isEqualTo(201);
    return delegation.json().get("id").asText();
  }

  @Test
  void GRA_1_to_GRA_8_an_application_is_judged_proposed_and_granted_on_delegation_with_its_explanation() {
    String delegationId = delegation();
    Http.Answer drafted = http.as(applicant).post("/api/v1/grant-applications", draft());
    assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
    String path = "/api/v1/grant-applications/" + drafted.json().get("id").asText();

    Http.Answer step = http.as(applicant).ifMatch(drafted.etag()).post(path + "/submission", null);
    assertThat(step.json().get("status").asText()).as(step.toString()).isEqualTo("SUBMITTED");
    ObjectNode group = Http.JSON.createObjectNode();
    ArrayNode members = group.putArray("members");
    members.addObject().put("personId", MEMBERS.get(0)).put("role", "ADVISER")
        .put("organisationNumber", Fixtures.anOrganisationNumber().toString());
    members.addObject().put("personId", MEMBERS.get(1)).put("role", "ADVISER")
        .put("organisationNumber", Fixtures.anOrganisationNumber().toString());
    members.addObject().put("personId", MEMBERS.get(2)).put("role", "REGION_OFFICIAL")
        .put("organisationNumber", Fixtures.anOrganisationNumber().toString());
    step = http.as(member(MEMBERS.get(0))).ifMatch(step.etag()).post(path + "/assessment", group);
    assertThat(step.status()).as(step.toString()).isEqualTo(200);
    // GRA-7: a member who has not declared on jäv does not judge; the refusal names the rule and the declaration.
    Http.Answer undeclared = http.as(member(MEMBERS.get(0))).inEnglish().ifMatch(step.etag()).post(
        path + "/judgements", Map.of("criterion", "SOCIETAL_BENEFIT", "verdict", "MET", "reasoning", "Ja"));
    assertProblem(undeclared, 422, "urn:psi:problem:rule-refusal");
    assertThat(undeclared.json().get("explanation").get("evaluations")).singleElement().satisfies(rule -> {
      assertThat(rule.get("ruleId").asText()).isEqualTo("GRA-7");
      assertThat(rule.get("field").asText()).isEqualTo("conflictDeclaration");
    });
    for (String person : MEMBERS) {
      step = http.as(member(person)).ifMatch(step.etag()).post(path + "/conflict-declarations",
          Map.of("conflict", false));
      assertThat(step.status()).as(step.toString()).isEqualTo(200);
    }
    assertThat(step.json().get("declarations")).hasSize(3)
        .allSatisfy(d -> assertThat(d.get("conflict").asBoolean()).isFalse());
    for (String criterion : List.of("SOCIETAL_BENEFIT", "INNOVATIVE_AND_LASTING", "NEW_LOCALLY",
        "ANCHORED_WITH_PARTNERS")) {
      for (String person : MEMBERS) {
        step = http.as(member(person)).ifMatch(step.etag()).post(path + "/judgements", Map.of(
            "criterion", criterion, "verdict", "MET", "reasoning", "Uppfyllt enligt ansökan"));
        assertThat(step.status()).as(step.toString()).isEqualTo(200);
      }
    }
    step = http.as(member(MEMBERS.get(1))).ifMatch(step.etag()).post(path + "/proposal", Map.of(
        "outcome", "GRANTED", "amountKronor", 50_000, "conditions", List.of("Redovisning senast 2023-02-28"),
        "reasons", "Uppfyller grundkraven"));
    assertThat(step.status()).as(step.toString()).isEqualTo(200);
    // Only a delegated decider decides: a member who may read the case is refused under GRA-5, with the reason.
    Http.Answer byMember = http.as(member(MEMBERS.get(1))).inEnglish().ifMatch(step.etag()).post(path + "/decision",
        decision(delegationId));
    assertProblem(byMember, 403, "urn:psi:problem:not-permitted");
    assertThat(byMember.json().get("detail").asText()).contains("holds no delegation");
    assertThat(byMember.json().get("explanation").get("evaluations")).singleElement().satisfies(rule -> {
      assertThat(rule.get("ruleId").asText()).isEqualTo("GRA-5");
      assertThat(rule.get("field").asText()).isEqualTo("decidedBy");
    });
    // GRA-10: the conditions go partly against the applicant, who is sent the proposal and answers first.
    Http.Answer early = http.as(DECIDER).inEnglish().ifMatch(step.etag()).post(path + "/decision",
        decision(delegationId));
    assertProblem(early, 422, "urn:psi:problem:rule-refusal");
    assertThat(early.json().get("detail").asText()).contains("has not been sent to the applicant");
    step = http.as(member(MEMBERS.get(2))).ifMatch(step.etag()).post(path + "/communication", Map.of(
        "answerBy", "2022-03-15", "channel", "e-post"));
    assertThat(step.status()).as(step.toString()).isEqualTo(200);
    step = http.as(member(MEMBERS.get(2))).ifMatch(step.etag()).post(path + "/communication/answer", Map.of(
        "answered", true, "summary", "Föreningen godtar villkoren"));
    assertThat(step.json().get("communication").get("answered").asBoolean()).isTrue();
    Http.Answer decided = http.as(DECIDER).inEnglish().ifMatch(step.etag()).post(path + "/decision",
        decision(delegationId));

    assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
    assertThat(decided.json().get("status").asText()).isEqualTo("DECIDED");
    assertThat(decided.json().get("decision").get("outcome").asText()).isEqualTo("GRANTED");
    JsonNode decision = decided.json().get("decision");
    assertThat(decision.get("amountKronor").asLong()).isEqualTo(50_000);
    assertThat(decision.get("decidedBy").asText()).isEqualTo(DECIDER.personId());
    assertThat(decision.get("explanation").get("rulesetVersion").asText()).isEqualTo("orebro-2022");
    assertThat(decision.get("explanation").get("evaluations")).isNotEmpty();
    assertThat(decided.json().get("judgements")).hasSize(12);
    JsonNode published = http.get("/api/v1/granted-projects?from=2022-01-01&to=2022-12-31").json();
    assertThat(published).singleElement().satisfies(p -> {
      assertThat(p.get("title").asText()).isEqualTo("Språkcafé i Hallsberg");
      assertThat(p.get("amountKronor").asLong()).isEqualTo(50_000);
      assertThat(p.has("judgements")).isFalse();
    });
    assertThat(http.get("/api/v1/grant-schemes").json().get(0).get("remainingKronor").asLong()).isEqualTo(450_000);
    assertThat(http.as(DECIDER).get("/api/v1/delegations/decisions?from=2022-01-01&to=2022-12-31").json())
        .hasSize(1);
    // GRA-12: the decision carries appeal information in the caller's language, and then its notice.
    assertThat(decision.get("appeal").get("route").asText()).isEqualTo("LAGLIGHETSPROVNING");
    assertThat(decision.get("appeal").get("text").asText()).contains("three weeks");
    Http.Answer notified = http.as(member(MEMBERS.get(2))).ifMatch(decided.etag()).post(path + "/decision/notice",
        Map.of("notifiedOn", "2022-03-02", "channel", "EMAIL"));
    assertThat(notified.json().get("decision").get("noticeChannel").asText()).isEqualTo("EMAIL");
    // GRA-15: a correction is a new version; the first stays readable.
    Http.Answer corrected = http.as(DECIDER).ifMatch(notified.etag()).post(path + "/decision/revisions", Map.of(
        "delegationId", delegationId, "kind", "CORRECTION", "outcome", "GRANTED", "amountKronor", 45_000,
        "conditions", List.of("Redovisning senast 2023-02-28"), "reasons", "Uppfyller grundkraven",
        "participants", List.of("adviser-activa"), "revisionReason", "Beloppet räknades fel"));
    assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
    assertThat(corrected.json().get("decision").get("number").asInt()).isEqualTo(2);
    assertThat(corrected.json().get("earlierDecisions").get(0).get("amountKronor").asLong()).isEqualTo(50_000);
  }

  @Test
  void GRA_14_delegations_are_listed_and_revoked_and_GRA_12_settings_are_added_from_a_day() {
    String delegationId = delegation();
    Http.Answer listed = http.as(DECIDER).get("/api/v1/delegations");
    Http.Answer revoked = http.as(Admissions.ADMINISTRATOR).ifMatch("\"1\"")
        .post("/api/v1/delegations/" + delegationId + "/revocation",
            Map.of("revokedOn", "2022-06-01", "reason", "Ny delegationsordning"));
    Http.Answer setting = http.as(Admissions.ADMINISTRATOR).post("/api/v1/grant-scheme-settings", Map.of("validFrom", "2023-01-01",
        "appealRoute", "LAGLIGHETSPROVNING", "appealWithinWeeks", 3, "appealTextSv", "Ny text",
        "appealTextEn", "New text", "undecidedAfterMonths", 6, "requestAnsweredWithinWeeks", 4));
    Http.Answer badSetting = http.as(Admissions.ADMINISTRATOR).post("/api/v1/grant-scheme-settings", Map.of("validFrom", "2023-01-01",
        "appealRoute", "", "appealWithinWeeks", 0));

    assertThat(listed.json()).singleElement().satisfies(d -> assertThat(d.get("id").asText()).isEqualTo(delegationId));
    assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
    assertThat(revoked.json().get("revokedOn").asText()).isEqualTo("2022-06-01");
    assertThat(setting.status()).as(setting.toString()).isEqualTo(201);
    assertThat(http.get("/api/v1/grant-scheme-settings").json()).hasSize(2);
    assertProblem(badSetting, 422, "urn:psi:problem:invalid-input");
    assertProblem(http.as(applicant).get("/api/v1/delegations"), 403, "urn:psi:problem:not-permitted");
  }

  @Test
  void an_application_exists_only_for_its_applicant_and_those_who_handle_it() {
    delegation();
    Http.Answer drafted = http.as(applicant).post("/api/v1/grant-applications", draft());
    String path = "/api/v1/grant-applications/" + drafted.json().get("id").asText();
    Actor other = Actor.forOrganisation("other", Fixtures.anOrganisationNumber(), Role.PARTNER_ADMINISTRATOR);

    assertThat(http.as(applicant).get(path).status()).isEqualTo(200);
    assertProblem(http.as(other).get(path), 404, "urn:psi:problem:not-found");
    assertProblem(http.get(path), 404, "urn:psi:problem:not-found");
    assertProblem(http.as(other).post("/api/v1/grant-applications", draft()), 403, "urn:psi:problem:not-permitted");
    assertProblem(http.as(applicant).post("/api/v1/grant-schemes", Map.of("year", 2023,
        "appropriationKronor", 1, "minimumKronor", 1, "maximumKronor", 1, "guidelines", "Riktlinjer")), 403,
        "urn:psi:problem:not-permitted");
  }

  @Test
  void GRA_2_an_incomplete_application_cannot_be_submitted_and_the_refusal_names_what_is_missing() {
    delegation();
    ObjectNode body = draft();
    ((ObjectNode) body.get("project")).put("challenge", "").remove("requestedKronor");
    Http.Answer drafted = http.as(applicant).post("/api/v1/grant-applications", body);

    Http.Answer refused = http.as(applicant).ifMatch(drafted.etag())
        .post("/api/v1/grant-applications/" + drafted.json().get("id").asText() + "/submission", null);

    assertThat(refused.status()).as(refused.toString()).isIn(422);
    assertThat(refused.json().get("detail").asText())
        .isEqualTo("Ansökan uppfyller inte de formella kraven (2 brister). Förklaringen visar alla.");
    assertThat(refused.json().get("explanation").get("evaluations")).filteredOn(e -> e.get("verdict").asText()
        .equals("NOT_MET")).extracting(e -> e.get("field").asText() + ": " + e.get("reason").asText())
        .containsExactly("project.challenge: Ansökan saknar en beskrivning av den samhällsutmaning projektet möter."
            + " Fyll i uppgiften och skicka in ansökan igen.",
            "project.requested: Ansökan saknar sökt belopp. Fyll i uppgiften och skicka in ansökan igen.");
  }

  @Test
  void GRA_7_a_jav_found_in_the_partnerships_data_is_told_in_the_callers_language() {
    delegation();
    Http.Answer drafted = http.as(applicant).post("/api/v1/grant-applications", draft());
    String path = "/api/v1/grant-applications/" + drafted.json().get("id").asText();
    Http.Answer submitted = http.as(applicant).ifMatch(drafted.etag()).post(path + "/submission", null);
    ObjectNode group = Http.JSON.createObjectNode();
    ArrayNode members = group.putArray("members");
    members.addObject().put("personId", MEMBERS.get(0)).put("role", "ADVISER")
        .put("organisationNumber", applicantNumber.toString());
    members.addObject().put("personId", MEMBERS.get(1)).put("role", "ADVISER")
        .put("organisationNumber", Fixtures.anOrganisationNumber().toString());
    members.addObject().put("personId", MEMBERS.get(2)).put("role", "REGION_OFFICIAL")
        .put("organisationNumber", Fixtures.anOrganisationNumber().toString());

    Http.Answer started = http.as(member(MEMBERS.get(1))).ifMatch(submitted.etag()).post(path + "/assessment",
        group);

    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    assertThat(started.json().get("conflicts")).singleElement().satisfies(conflict -> {
      assertThat(conflict.get("personId").asText()).isEqualTo(MEMBERS.get(0));
      assertThat(conflict.get("reason").asText()).isEqualTo("Företräder den sökande organisationen.");
    });
    assertThat(http.as(member(MEMBERS.get(1))).inEnglish().get(path).json().get("conflicts").get(0).get("reason")
        .asText()).isEqualTo("Represents the applicant organisation.");
  }

  private static Map<String, Object> decision(String delegationId) {
    return Map.of("delegationId", delegationId, "outcome", "GRANTED", "amountKronor", 50_000,
        "conditions", List.of("Redovisning senast 2023-02-28"), "reasons", "Uppfyller grundkraven",
        "participants", List.of("adviser-activa", "official-region"));
  }
}
