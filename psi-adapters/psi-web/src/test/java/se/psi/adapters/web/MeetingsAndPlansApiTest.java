package se.psi.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.adapters.web.MembershipApiTest.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Role;
import se.psi.testkit.fixtures.Fixtures;

/** Meetings (MTG), the operational plan and the year's follow-up (ACT) over HTTP. */
class MeetingsAndPlansApiTest {

  private final WebServer server = WebServer.start("2022-03-01");
  private final Http http = Http.to(server);
  private final Http committee = http.as(Admissions.COMMITTEE);

  @AfterEach
  void stop() {
    server.close();
  }

  private Http.Answer plan(String format, String date, String municipality) {
    Map<String, Object> body = municipality == null
        ? Map.of("format", format, "title", format + " " + date, "date", date, "digital", true)
        : Map.of("format", format, "title", format + " " + date, "date", date, "municipality", municipality);
    Http.Answer planned = committee.post("/api/v1/meetings", body);
    assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
    return planned;
  }

  @Test
  void MTG_2_the_committee_plans_a_public_dialogue_anyone_registers_and_it_is_held() {
    Http.Answer dialogue = plan("PUBLIC_DIALOGUE", "2022-04-05", "HALLSBERG");
    String path = "/api/v1/meetings/" + dialogue.json().get("id").asText();

    Http.Answer registered = http.post(path + "/registrations", Map.of("organisation", "Studieförbundet Vuxenskolan"));
    Http.Answer prepared = committee.ifMatch(registered.etag()).post(path + "/programme",
        Map.of("agendaItem", "Samtal om ensamhet"));
    Http.Answer held = committee.ifMatch(prepared.etag()).post(path + "/held",
        Map.of("attendance", List.of(), "decisions", List.of("Nästa samtal i Lindesberg")));

    assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
    assertThat(registered.json().get("registrations").asInt()).isEqualTo(1);
    assertThat(prepared.json().get("agenda")).anySatisfy(a ->
        assertThat(a.get("text").asText()).isEqualTo("Samtal om ensamhet"));
    assertThat(held.json().get("status").asText()).as(held.toString()).isEqualTo("HELD");
    assertThat(http.get("/api/v1/meetings?year=2022&format=PUBLIC_DIALOGUE").json()).hasSize(1);
    assertThat(http.get(path).json().get("registrations").asInt()).isEqualTo(1);
    assertThat(http.get(path).json().has("registrationList")).isFalse();
  }

  @Test
  void a_meeting_needs_a_place_or_to_be_digital_and_only_the_committee_plans() {
    Http.Answer nowhere = committee.post("/api/v1/meetings", Map.of("format", "WORKSHOP", "title", "Verkstad",
        "date", "2022-05-01"));
    Actor partner = Actor.forOrganisation("p", Fixtures.anOrganisationNumber(), Role.PARTNER_ADMINISTRATOR);

    assertProblem(nowhere, 422, "urn:psi:problem:invalid-input");
    assertProblem(http.as(partner).post("/api/v1/meetings", Map.of("format", "WORKSHOP", "title", "Verkstad",
        "date", "2022-05-01", "digital", true)), 403, "urn:psi:problem:not-permitted");
    assertProblem(http.get("/api/v1/meetings/" + java.util.UUID.randomUUID()), 404, "urn:psi:problem:not-found");
  }

  @Test
  void ACT_1_ACT_2_a_plan_adopted_by_a_general_meeting_its_activities_and_the_years_follow_up() {
    Http.Answer created = committee.post("/api/v1/operational-plans", Map.of("title", "Verksamhetsplan 2021-2026",
        "fromYear", 2021, "toYear", 2026, "goals", List.of("Forum för dialog", "Samverkan", "Råd och stöd")));
    String planId = created.json().get("id").asText();
    Http.Answer general = plan("GENERAL_MEETING", "2022-03-15", "OREBRO");
    String meeting = "/api/v1/meetings/" + general.json().get("id").asText();
    committee.ifMatch(general.etag()).post(meeting + "/held", Map.of("decisions", List.of("Planen fastställdes")));

    Http.Answer adopted = committee.ifMatch(created.etag()).post("/api/v1/operational-plans/" + planId + "/adoption",
        Map.of("meetingId", general.json().get("id").asText()));
    Http.Answer list = committee.post("/api/v1/activity-lists/2022/activities", Map.of("planId", planId, "goal", 1,
        "title", "Samhällssamtal", "responsible", "Coompanion", "targetCount", 4,
        "targetDescription", "Fyra samhällssamtal"));
    String activity = list.json().get("activities").get(0).get("id").asText();
    Http.Answer followed = committee.ifMatch(list.etag()).post("/api/v1/activity-lists/2022/activities/" + activity
        + "/follow-up", Map.of("status", "DONE", "achievedCount", 5, "note", "Fem samtal i fyra kommuner"));
    Http.Answer followUp = http.as(Admissions.COMMITTEE).inEnglish().get("/api/v1/activity-lists/2022/follow-up");

    assertThat(adopted.status()).as(adopted.toString()).isEqualTo(200);
    assertThat(adopted.json().get("adoptedBy").asText()).isEqualTo(general.json().get("id").asText());
    assertThat(followed.status()).as(followed.toString()).isEqualTo(200);
    assertThat(followUp.status()).as(followUp.toString()).isEqualTo(200);
    JsonNode goal = followUp.json().get("goals").get(0);
    assertThat(goal.get("activities").get(0).get("verdict").asText()).isEqualTo("MET");
    assertThat(followUp.json().get("explanation").get("evaluations")).anySatisfy(e ->
        assertThat(e.get("ruleId").asText()).isEqualTo("ACT-2"));
    assertThat(followUp.json().get("meetings").get("held").get("GENERAL_MEETING").asInt()).isEqualTo(1);
    assertThat(http.get("/api/v1/activity-lists/2022").json().get("activities")).hasSize(1);
    assertProblem(http.get("/api/v1/activity-lists/2022/follow-up"), 401, "urn:psi:problem:unauthenticated");
    assertProblem(http.get("/api/v1/activity-lists/1999"), 404, "urn:psi:problem:not-found");
  }


  @Test
  void MTG_3_a_granted_project_owes_a_presentation_which_is_scheduled_into_a_dialogue_and_fulfilled() {
    Http.Answer dialogue = plan("PUBLIC_DIALOGUE", "2022-09-13", "KUMLA");
    String meetingId = dialogue.json().get("id").asText();

    Http.Answer owed = committee.post("/api/v1/presentations", Map.of("projectReference", "GRA-2022-3",
        "projectTitle", "Språkcafé i Hallsberg"));
    String path = "/api/v1/presentations/" + owed.json().get("id").asText();
    Http.Answer scheduled = committee.ifMatch(owed.etag()).post(path + "/scheduling", Map.of("meetingId", meetingId));
    committee.ifMatch(dialogue.etag()).post("/api/v1/meetings/" + meetingId + "/held", Map.of());
    Http.Answer fulfilled = committee.ifMatch(scheduled.etag()).post(path + "/fulfilment", null);

    assertThat(owed.status()).as(owed.toString()).isEqualTo(201);
    assertThat(scheduled.json().get("status").asText()).as(scheduled.toString()).isEqualTo("SCHEDULED");
    assertThat(fulfilled.json().get("status").asText()).as(fulfilled.toString()).isEqualTo("FULFILLED");
    assertThat(http.get("/api/v1/presentations").json()).isEmpty();
  }
}
