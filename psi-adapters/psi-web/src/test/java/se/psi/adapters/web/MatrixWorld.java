package se.psi.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import se.psi.core.shared.Actor;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Role;
import se.psi.testkit.fixtures.Fixtures;

/**
 * Fresh resources for each request of the authorization matrix, made through the API by those who may: every
 * caller meets a resource in the same state, so only who they are decides the answer.
 */
final class MatrixWorld {

  static final Actor COMMITTEE = Admissions.COMMITTEE;
  static final Actor ADMIN = Admissions.ADMINISTRATOR;
  static final Actor ADVISER = Actor.of("adviser-coompanion", Role.ADVISER);
  static final Actor HANDLER = Actor.of("adviser-activa", Role.HANDLING_GROUP_MEMBER);
  static final Actor DECIDER = Actor.of("area-head", Role.DELEGATED_DECIDER);
  static final List<String> GROUP = List.of("adviser-coompanion", "adviser-activa", "official-region");

  /** A request to make, its resource's ETag (if any) and the organisation the resource belongs to. */
  record Target(String method, String path, Object body, String etag, OrganisationNumber owner) {
    static Target get(String path) {
      return new Target("GET", path, null, null, null);
    }

    Target ownedBy(OrganisationNumber organisation) {
      return new Target(method, path, body, etag, organisation);
    }
  }

  /** A resource made for a request: its path, ETag, id and owning organisation. */
  record Made(String path, String etag, String id, OrganisationNumber owner) {
    Target post(String sub, Object body) {
      return new Target("POST", path + sub, body, etag, owner);
    }
  }

  final Http http;
  private final String delegationId;
  private int schemeYear = 2030;

  MatrixWorld(Http http) {
    this.http = http;
    ok(http.as(ADMIN).post("/api/v1/grant-schemes", Map.of("year", 2022, "appropriationKronor", 5_000_000,
        "minimumKronor", 10_000, "maximumKronor", 100_000, "guidelines", "Riktlinjer")));
    delegationId = ok(http.as(ADMIN).post("/api/v1/delegations", Map.of("delegate", DECIDER.personId(),
        "position", "Områdeschef", "fromCommittee", "Kulturnämnden", "validFrom", "2021-01-01")))
        .json().get("id").asText();
    ok(http.as(COMMITTEE).post("/api/v1/documentation/templates", Map.of("name", "Social innovation",
        "fields", List.of())));
  }

  static Http.Answer ok(Http.Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isBetween(200, 299);
    return answer;
  }

  int nextSchemeYear() {
    return schemeYear++;
  }

  String delegationId() {
    return delegationId;
  }

  // Membership and partners

  Made application(boolean complete) {
    OrganisationNumber number = Fixtures.anOrganisationNumber();
    Http.Answer applied = ok(http.as(ADMIN).post("/api/v1/membership-applications",
        MembershipApiTest.application(number, complete)));
    String id = applied.json().get("id").asText();
    return new Made("/api/v1/membership-applications/" + id, applied.etag(), id, number);
  }

  /** An application the committee has decided: its first decision can be replayed. */
  Made decidedApplication() {
    Made application = application(true);
    ok(http.as(COMMITTEE).ifMatch(application.etag()).post(application.path() + "/decision", null));
    return application;
  }

  Made partner() {
    String id = Admissions.admit(http, "ASSOCIATION", "Förening " + Fixtures.anOrganisationNumber());
    Http.Answer read = http.get("/api/v1/partners/" + id);
    return new Made("/api/v1/partners/" + id, read.etag(), id,
        OrganisationNumber.of(read.json().get("organisation").get("organisationNumber").asText()));
  }

  Made contactOf(Made partner) {
    Http.Answer register = ok(http.as(ADMIN).get(partner.path() + "/contact"));
    return new Made(partner.path() + "/contact", register.etag(), partner.id(), partner.owner());
  }

  /** A partner whose first contact person has handed over: returns the former contact's personal-data path. */
  String formerContact() {
    Made contact = contactOf(partner());
    Http.Answer register = ok(http.as(ADMIN).get(contact.path()));
    String former = register.json().get("current").get("person").get("id").asText();
    ok(http.as(ADMIN).ifMatch(register.etag()).send("PUT", contact.path(), "application/json",
        "{\"person\":{\"name\":\"Alva Lind\",\"role\":\"Ordförande\",\"email\":\"alva@example.se\"}}"));
    return "/api/v1/contact-persons/" + former + "/personal-data";
  }

  Made committeeWithSeatOf(Made partner) {
    String etag = http.get("/api/v1/working-committee").etag();
    Http.Answer taken = ok(http.as(COMMITTEE).ifMatch(etag).post("/api/v1/working-committee/seats",
        Map.of("partnerId", partner.id())));
    return new Made("/api/v1/working-committee/seats/" + partner.id(), taken.etag(), partner.id(), partner.owner());
  }

  String committeeEtag() {
    return http.get("/api/v1/working-committee").etag();
  }

  // Grants

  Made grantDraft() {
    OrganisationNumber number = Fixtures.anOrganisationNumber();
    ObjectNode body = Http.JSON.createObjectNode().put("schemeYear", 2022);
    body.putObject("applicant").put("organisationNumber", number.toString()).put("name", "Föreningen Språkvänner")
        .put("kind", "ASSOCIATION");
    body.set("project", grantProject());
    Http.Answer drafted = ok(http.as(ADMIN).post("/api/v1/grant-applications", body));
    String id = drafted.json().get("id").asText();
    return new Made("/api/v1/grant-applications/" + id, drafted.etag(), id, number);
  }

  static ObjectNode grantProject() {
    ObjectNode project = Http.JSON.createObjectNode().put("title", "Språkcafé").put("description", "Träffar")
        .put("challenge", "Ensamhet").put("expectedEffects", "Mötesplatser").put("requestedKronor", 50_000)
        .put("start", "2022-04-01").put("end", "2022-12-31");
    project.putArray("partners").addObject().put("name", "Biblioteket").put("anchoring", "Avsiktsförklaring");
    project.putArray("priorityAreas").add("SOCIAL_COHESION_AND_DEMOCRACY");
    return project;
  }

  Made grantSubmitted() {
    Made draft = grantDraft();
    return step(draft, ADMIN, "/submission", null);
  }

  static Map<String, Object> group() {
    return Map.of("members", List.of(
        Map.of("personId", GROUP.get(0), "role", "ADVISER", "organisationNumber",
            Fixtures.anOrganisationNumber().toString()),
        Map.of("personId", GROUP.get(1), "role", "ADVISER", "organisationNumber",
            Fixtures.anOrganisationNumber().toString()),
        Map.of("personId", GROUP.get(2), "role", "REGION_OFFICIAL", "organisationNumber",
            Fixtures.anOrganisationNumber().toString())));
  }

  /** The group formed, each member having declared that there is no jäv (GRA-7). */
  Made grantAssessing() {
    Made assessing = step(grantSubmitted(), HANDLER, "/assessment", group());
    for (String person : GROUP) {
      assessing = step(assessing, Actor.of(person, Role.HANDLING_GROUP_MEMBER), "/conflict-declarations",
          noConflict());
    }
    return assessing;
  }

  static Map<String, Object> noConflict() {
    return Map.of("conflict", false);
  }

  static Map<String, Object> newMember() {
    return Map.of("member", Map.of("personId", "adviser-newcomer", "role", "ADVISER", "organisationNumber",
        Fixtures.anOrganisationNumber().toString()));
  }

  Made grantJudged() {
    Made judged = grantAssessing();
    for (String criterion : List.of("SOCIETAL_BENEFIT", "INNOVATIVE_AND_LASTING", "NEW_LOCALLY",
        "ANCHORED_WITH_PARTNERS")) {
      for (String person : GROUP) {
        judged = step(judged, Actor.of(person, Role.HANDLING_GROUP_MEMBER), "/judgements", judgement(criterion));
      }
    }
    return judged;
  }

  static Map<String, Object> judgement(String criterion) {
    return Map.of("criterion", criterion, "verdict", "MET", "reasoning", "Uppfyllt");
  }

  Made grantProposed() {
    return step(grantJudged(), HANDLER, "/proposal", proposal());
  }

  static Map<String, Object> proposal() {
    return Map.of("outcome", "GRANTED", "amountKronor", 50_000, "conditions", List.of(), "reasons", "Uppfyller");
  }

  Map<String, Object> decision() {
    return Map.of("delegationId", delegationId, "outcome", "GRANTED", "amountKronor", 50_000,
        "conditions", List.of(), "reasons", "Uppfyller", "participants", List.of("adviser-activa"));
  }

  /** GRA-17: a granted application, decided on delegation. */
  Made granted() {
    return step(grantProposed(), DECIDER, "/decision", decision());
  }

  static Map<String, Object> followUpTerms() {
    return Map.of("reportDue", "2023-02-28", "coFinancingRequiredKronor", 50_000, "reminderLeadDays", 30,
        "reminderIntervalDays", 14);
  }

  /** GRA-17: the follow-up of a fresh grant, opened by the Region; named by the application's id. */
  Made followUpOpened() {
    Made granted = granted();
    Http.Answer opened = ok(http.as(DECIDER).post("/api/v1/grant-follow-ups/" + granted.id(), followUpTerms()));
    return new Made("/api/v1/grant-follow-ups/" + granted.id(), opened.etag(), granted.id(), granted.owner());
  }

  /** GRA-17: accepted by the grantee, whose own administrator and the system's are its named signatories. */
  Made followUpAccepted() {
    Made opened = followUpOpened();
    return step(opened, grantee(opened), "/acceptance", Map.of("signatories",
        List.of("own-admin", ADMIN.personId()), "signatoryEvidence", "Registreringsbevis"));
  }

  /** GRA-17: 10 000 kronor paid on a signed request. */
  Made followUpPaid() {
    Made accepted = followUpAccepted();
    return step(accepted, grantee(accepted), "/payouts", Map.of("amountKronor", 10_000));
  }

  /** GRA-17: a change requested; the returned path is the follow-up's, the id the change's. */
  Made followUpChangeRequested() {
    Made accepted = followUpAccepted();
    Http.Answer answer = ok(http.as(grantee(accepted)).ifMatch(accepted.etag()).post(accepted.path() + "/changes",
        Map.of("description", "Träffarna flyttas till biblioteket")));
    return new Made(accepted.path(), answer.etag(), answer.json().get("changes").get(0).get("id").asText(),
        accepted.owner());
  }

  /** GRA-17: 5 000 kronor claimed back; the id is the claim's. */
  Made followUpClaimed() {
    Made paid = followUpPaid();
    Http.Answer answer = ok(http.as(DECIDER).ifMatch(paid.etag()).post(paid.path() + "/repayment-claims",
        Map.of("amountKronor", 5_000, "reason", "UNUSED", "grounds", "Oanvända medel")));
    return new Made(paid.path(), answer.etag(), answer.json().get("claims").get(0).get("id").asText(),
        paid.owner());
  }

  private static Actor grantee(Made made) {
    return Actor.forOrganisation("own-admin", made.owner(), Role.PARTNER_ADMINISTRATOR);
  }

  Made grantAskedToComplete() {
    return step(grantAssessing(), HANDLER, "/completion-requests", note());
  }

  static Map<String, Object> note() {
    return Map.of("text", "Beskriv samverkan närmare", "date", "2022-03-01");
  }

  private Made step(Made made, Actor actor, String sub, Object body) {
    Http.Answer answer = ok(http.as(actor).ifMatch(made.etag()).post(made.path() + sub, body));
    return new Made(made.path(), answer.etag(), made.id(), made.owner());
  }

  // Meetings, plans, presentations

  Made meeting(String format, String date) {
    Http.Answer planned = ok(http.as(COMMITTEE).post("/api/v1/meetings", Map.of("format", format,
        "title", format, "date", date, "municipality", "KUMLA")));
    String id = planned.json().get("id").asText();
    return new Made("/api/v1/meetings/" + id, planned.etag(), id, null);
  }

  Made heldMeeting(String format) {
    Made meeting = meeting(format, "2022-03-01");
    return step(meeting, COMMITTEE, "/held", Map.of());
  }

  Made plan() {
    Http.Answer created = ok(http.as(COMMITTEE).post("/api/v1/operational-plans", Map.of("title", "Plan",
        "fromYear", 2021, "toYear", 2026, "goals", List.of("Dialog", "Samverkan"))));
    String id = created.json().get("id").asText();
    return new Made("/api/v1/operational-plans/" + id, created.etag(), id, null);
  }

  Made activity() {
    Made plan = plan();
    Http.Answer list = ok(http.as(COMMITTEE).post("/api/v1/activity-lists/2022/activities", activity(plan.id())));
    JsonNode activities = list.json().get("activities");
    String id = activities.get(activities.size() - 1).get("id").asText();
    return new Made("/api/v1/activity-lists/2022/activities/" + id, list.etag(), id, null);
  }

  Made innovation() {
    Http.Answer recorded = ok(http.as(COMMITTEE).post("/api/v1/documentation/innovations", Map.of("templateName",
        "Social innovation", "challenge", "Ensamhet", "innovation", "Språkcafé", "origin", "NON_PROFIT", "actors",
        List.of("Föreningen"), "priorityAreas", List.of(), "results", "Tre caféer", "answers", Map.of())));
    String id = recorded.json().get("id").asText();
    return new Made("/api/v1/documentation/innovations/" + id, recorded.etag(), id, null);
  }

  static Map<String, Object> activity(String planId) {
    return Map.of("planId", planId, "goal", 1, "title", "Samtal", "responsible", "AU", "targetCount", 2,
        "targetDescription", "Två samtal");
  }

  Made presentation() {
    Http.Answer owed = ok(http.as(COMMITTEE).post("/api/v1/presentations", Map.of("projectReference", "P-1",
        "projectTitle", "Språkcafé")));
    String id = owed.json().get("id").asText();
    return new Made("/api/v1/presentations/" + id, owed.etag(), id, null);
  }

  Made scheduledPresentationAtHeldDialogue() {
    Made dialogue = meeting("PUBLIC_DIALOGUE", "2022-03-01");
    Made owed = presentation();
    Made scheduled = step(owed, COMMITTEE, "/scheduling", Map.of("meetingId", dialogue.id()));
    step(dialogue, COMMITTEE, "/held", Map.of());
    return scheduled;
  }

  // Ideas, advisory cases, projects

  Made idea() {
    Http.Answer submitted = ok(http.post("/api/v1/ideas", idea("sam@example.se")));
    String receipt = submitted.json().get("receipt").asText();
    for (JsonNode idea : ok(http.as(ADMIN).get("/api/v1/ideas")).json()) {
      if (idea.get("receipt").asText().equals(receipt)) {
        return new Made("/api/v1/ideas/" + idea.get("id").asText(), "\"" + idea.get("version").asText() + "\"",
            receipt, null);
      }
    }
    throw new AssertionError("the idea " + receipt + " was not found");
  }

  static Map<String, Object> idea(String email) {
    return Map.of("source", "CITIZEN", "contact", Map.of("name", "Sam Ek", "email", email),
        "challenge", "Unga saknar mötesplatser", "description", "Kvällsöppen verkstad", "channel", "WEB_FORM");
  }

  Made advisoryCase() {
    Http.Answer opened = ok(http.as(ADMIN).post("/api/v1/advisory-cases", advisoryCaseBody()));
    String id = opened.json().get("id").asText();
    return new Made("/api/v1/advisory-cases/" + id, opened.etag(), id, null);
  }

  static Map<String, Object> advisoryCaseBody() {
    return Map.of("organisationName", "Föreningen Språkvänner", "organisationKind", "ASSOCIATION",
        "idea", "Språkcafé", "challenge", "Ensamhet", "advisers", List.of(ADVISER.personId()));
  }

  Made project() {
    Made partner = partner();
    Http.Answer registered = ok(http.as(ADMIN).post("/api/v1/projects", Map.of("owner", partner.id(),
        "title", "Fritidsbank", "description", "Lån av utrustning")));
    String id = registered.json().get("id").asText();
    return new Made("/api/v1/projects/" + id, registered.etag(), id, partner.owner());
  }

  /** PRJ-2: a project the committee has anchored, so its owner may ask for a reference group. */
  Made anchoredProject() {
    return step(project(), COMMITTEE, "/anchoring", null);
  }
}
