package se.psi.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.adapters.web.MembershipApiTest.assertProblem;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.psi.core.PsiCore;
import se.psi.core.rules.OrebroRuleSets;
import se.psi.testkit.memory.InMemoryPsi;
import se.psi.testkit.time.SequentialIds;
import se.psi.testkit.time.TestClock;

/**
 * One operational plan is read by its id, and changed at the version its If-Match names: a stale one is 412, a lost
 * race to save is 409, and neither changes the plan.
 */
class PlanChangesApiTest {

  private OvertakenPlans plans;
  private final WebServer server = WebServer.start("2022-03-01", this::overtaking);
  private final Http http = Http.to(server);
  private final Http committee = http.as(Admissions.COMMITTEE);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void ACT_1_a_plan_is_read_by_its_id_with_its_version_as_etag_and_an_unknown_one_is_404() {
    Http.Answer created = createPlan();
    String path = "/api/v1/operational-plans/" + created.json().get("id").asText();

    Http.Answer read = http.get(path);

    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    assertThat(read.etag()).isEqualTo(created.etag());
    assertThat(read.json()).isEqualTo(created.json());
    assertThat(created.header("Location")).hasValueSatisfying(location -> assertThat(location).endsWith(path));
    assertProblem(http.get("/api/v1/operational-plans/" + UUID.randomUUID()), 404, "urn:psi:problem:not-found");
    assertProblem(http.get("/api/v1/operational-plans/not-a-uuid"), 404, "urn:psi:problem:not-found");
  }

  @Test
  void MTG_1_an_adoption_at_a_stale_version_is_412_and_without_if_match_428_and_the_plan_is_unchanged() {
    Http.Answer created = createPlan();
    String path = "/api/v1/operational-plans/" + created.json().get("id").asText();
    Map<String, Object> adoption = Map.of("meetingId", heldGeneralMeeting());

    Http.Answer stale = committee.inEnglish().ifMatch("\"7\"").post(path + "/adoption", adoption);
    Http.Answer unconditional = committee.post(path + "/adoption", adoption);

    assertProblem(stale, 412, "urn:psi:problem:stale-version");
    assertThat(stale.json().get("detail").asText()).contains("version 7", "now 1");
    assertThat(unconditional.status()).as(unconditional.toString()).isEqualTo(428);
    Http.Answer after = http.get(path);
    assertThat(after.etag()).isEqualTo(created.etag());
    assertThat(after.json().get("adoptedBy").isNull()).isTrue();
    Http.Answer adopted = committee.ifMatch(created.etag()).post(path + "/adoption", adoption);
    assertThat(adopted.status()).as(adopted.toString()).isEqualTo(200);
    assertThat(adopted.etag()).isEqualTo(http.get(path).etag()).isNotEqualTo(created.etag());
  }

  @Test
  void MTG_1_an_adoption_that_loses_the_race_to_save_is_409_and_the_winners_change_stands() {
    Http.Answer created = createPlan();
    String path = "/api/v1/operational-plans/" + created.json().get("id").asText();
    String meeting = heldGeneralMeeting();
    plans.overtakeNextSave();

    Http.Answer lost = committee.ifMatch(created.etag()).post(path + "/adoption", Map.of("meetingId", meeting));

    assertProblem(lost, 409, "urn:psi:problem:conflicting-change");
    Http.Answer after = http.get(path);
    assertThat(after.json().get("version").asLong()).isEqualTo(2);
    assertThat(after.json().get("adoptedBy").asText()).isEqualTo(meeting);
  }

  private Http.Answer createPlan() {
    Http.Answer created = committee.post("/api/v1/operational-plans", Map.of("title", "Verksamhetsplan 2021-2026",
        "fromYear", 2021, "toYear", 2026, "goals", List.of("Forum för dialog", "Samverkan")));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created;
  }

  private String heldGeneralMeeting() {
    Http.Answer planned = committee.post("/api/v1/meetings", Map.of("format", "GENERAL_MEETING", "title", "Stormöte",
        "date", "2022-02-15", "municipality", "OREBRO"));
    String meeting = planned.json().get("id").asText();
    Http.Answer held = committee.ifMatch(planned.etag()).post("/api/v1/meetings/" + meeting + "/held",
        Map.of("decisions", List.of("Verksamhetsplanen fastställdes")));
    assertThat(held.status()).as(held.toString()).isEqualTo(200);
    return meeting;
  }

  /** The in-memory core, with plans whose next save can be overtaken and a unit of work that lets saves overlap. */
  private PsiCore overtaking(InMemoryPsi psi) {
    plans = new OvertakenPlans(psi.plans());
    return PsiCore.builder().storage(psi.storage().with(plans, new OverlappingUnitOfWork()))
        .clock(TestClock.at("2022-03-01")).ids(new SequentialIds()).ruleSets(OrebroRuleSets.registry()).build();
  }
}
