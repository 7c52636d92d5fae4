package se.psi.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.adapters.web.MembershipApiTest.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.psi.core.shared.Actor;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Role;
import se.psi.testkit.fixtures.Fixtures;

/** Partners (MEM-7, MEM-8) and the working committee (AU-1..AU-3) over HTTP. */
class PartnersAndCommitteeApiTest {

  private static final Actor COMMITTEE = Actor.of("au-1", Role.COMMITTEE_MEMBER);

  private final WebServer server = WebServer.start("2022-03-01");
  private final Http http = Http.to(server);

  @AfterEach
  void stop() {
    server.close();
  }

  private String admit(String kind, String name) {
    return Admissions.admit(http, kind, name);
  }

  @Test
  void anyone_lists_partners_by_name_filtered_by_sector_and_paged() {
    admit("ASSOCIATION", "Verdandi");
    admit("FOUNDATION", "Stiftelsen Activa");
    admit("MUNICIPALITY", "Nora kommun");

    Http.Answer all = http.get("/api/v1/partners?limit=2");
    Http.Answer second = http.get("/api/v1/partners?limit=2&offset=2");
    Http.Answer civil = http.get("/api/v1/partners?sector=CIVIL_SOCIETY");

    assertThat(all.status()).isEqualTo(200);
    assertThat(all.json().get("total").asInt()).isEqualTo(3);
    assertThat(names(all)).containsExactly("Nora kommun", "Stiftelsen Activa");
    assertThat(names(second)).containsExactly("Verdandi");
    assertThat(names(civil)).containsExactly("Stiftelsen Activa", "Verdandi");
  }

  @Test
  void bad_listing_parameters_are_400_naming_the_parameter() {
    assertProblem(http.get("/api/v1/partners?sector=CLUBS"), 400, "urn:psi:problem:invalid-request");
    assertThat(http.get("/api/v1/partners?sector=CLUBS").json().get("detail").asText()).contains("sector")
        .contains("CIVIL_SOCIETY");
    assertProblem(http.get("/api/v1/partners?limit=101"), 400, "urn:psi:problem:invalid-request");
    assertProblem(http.get("/api/v1/partners?limit=0"), 400, "urn:psi:problem:invalid-request");
    assertProblem(http.get("/api/v1/partners?offset=-1"), 400, "urn:psi:problem:invalid-request");
    assertProblem(http.get("/api/v1/partners?activeToday=yes"), 400, "urn:psi:problem:invalid-request");
  }

  @Test
  void MEM_7_a_partner_withdraws_itself_with_if_match_and_others_may_not() {
    String id = admit("ASSOCIATION", "Verdandi");
    Http.Answer partner = http.get("/api/v1/partners/" + id);
    OrganisationNumber number = OrganisationNumber.of(partner.json().get("organisation").get("organisationNumber")
        .asText());
    Actor own = Actor.forOrganisation("v-admin", number, Role.PARTNER_ADMINISTRATOR);
    Actor other = Actor.forOrganisation("o-admin", Fixtures.anOrganisationNumber(), Role.PARTNER_ADMINISTRATOR);

    assertProblem(http.as(other).ifMatch(partner.etag()).post("/api/v1/partners/" + id + "/withdrawal", null), 403,
        "urn:psi:problem:not-permitted");
    assertProblem(http.ifMatch(partner.etag()).post("/api/v1/partners/" + id + "/withdrawal", null), 401,
        "urn:psi:problem:unauthenticated");
    Http.Answer withdrawn = http.as(own).ifMatch(partner.etag()).post("/api/v1/partners/" + id + "/withdrawal",
        null);

    assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
    assertThat(withdrawn.json().get("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(withdrawn.etag()).isNotEqualTo(partner.etag());
    assertProblem(http.as(own).ifMatch(partner.etag()).post("/api/v1/partners/" + id + "/withdrawal", null), 412,
        "urn:psi:problem:stale-version");
  }

  @Test
  void AU_2_AU_3_the_majority_rule_is_shown_and_a_seat_that_would_break_it_refused_with_the_explanation() {
    String verdandi = admit("ASSOCIATION", "Verdandi");
    String activa = admit("FOUNDATION", "Stiftelsen Activa");
    String region = admit("REGION", "Region Örebro län");
    String nora = admit("MUNICIPALITY", "Nora kommun");

    Http.Answer empty = http.get("/api/v1/working-committee");
    String etag = empty.etag();
    Http.Answer last = empty;
    for (String partner : List.of(verdandi, activa, region)) {
      last = http.as(COMMITTEE).ifMatch(etag).post("/api/v1/working-committee/seats", Map.of("partnerId", partner));
      assertThat(last.status()).as(last.toString()).isEqualTo(200);
      etag = last.etag();
    }
    Http.Answer refused = http.as(COMMITTEE).inEnglish().ifMatch(etag)
        .post("/api/v1/working-committee/seats", Map.of("partnerId", nora));

    assertThat(empty.status()).isEqualTo(200);
    assertThat(last.json().get("nonProfitSeats").asInt()).isEqualTo(2);
    assertThat(last.json().get("otherSeats").asInt()).isEqualTo(1);
    assertThat(last.json().get("civilSocietyMajority").asBoolean()).isTrue();
    assertProblem(refused, 422, "urn:psi:problem:rule-refusal");
    JsonNode explanation = refused.json().get("explanation");
    assertThat(explanation.get("evaluations")).anySatisfy(e -> {
      assertThat(e.get("ruleId").asText()).isEqualTo("AU-3");
      assertThat(e.get("verdict").asText()).isEqualTo("NOT_MET");
    });
    assertThat(explanation.get("rulesetVersion").asText()).isEqualTo("orebro-2022");
    assertThat(http.get("/api/v1/working-committee").json().get("seats")).hasSize(3);
    assertProblem(http.as(Actor.of("admin", Role.ADMINISTRATOR)).ifMatch(etag)
        .delete("/api/v1/working-committee/seats/" + region), 403, "urn:psi:problem:not-permitted");
  }

  @Test
  void of_two_concurrent_changes_from_the_same_version_one_wins_and_the_other_is_told_without_losing_anything()
      throws Exception {
    String verdandi = admit("ASSOCIATION", "Verdandi");
    String activa = admit("FOUNDATION", "Stiftelsen Activa");
    String etag = http.get("/api/v1/working-committee").etag();
    CyclicBarrier together = new CyclicBarrier(2);
    List<CompletableFuture<Http.Answer>> changes = new ArrayList<>();
    for (String partner : List.of(verdandi, activa)) {
      changes.add(CompletableFuture.supplyAsync(() -> {
        await(together);
        return http.as(COMMITTEE).ifMatch(etag).post("/api/v1/working-committee/seats", Map.of("partnerId", partner));
      }));
    }

    List<Integer> statuses = changes.stream().map(CompletableFuture::join).map(Http.Answer::status).toList();

    assertThat(statuses).containsOnlyOnce(200);
    assertThat(statuses).anySatisfy(status -> assertThat(status).isIn(409, 412));
    assertThat(http.get("/api/v1/working-committee").json().get("seats")).hasSize(1);
  }

  @Test
  void rulesets_say_which_rules_are_in_force_on_a_date() {
    Http.Answer in2015 = http.get("/api/v1/rulesets/in-force?date=2015-06-01");
    Http.Answer today = http.get("/api/v1/rulesets/in-force");
    Http.Answer all = http.get("/api/v1/rulesets");

    assertThat(in2015.json().get("version").asText()).isEqualTo("orebro-2015");
    assertThat(today.json().get("version").asText()).isEqualTo("orebro-2022");
    assertThat(all.json()).hasSizeGreaterThanOrEqualTo(5);
    assertProblem(http.get("/api/v1/rulesets/in-force?date=1999-01-01"), 422, "urn:psi:problem:rule-refusal");
    assertProblem(http.get("/api/v1/rulesets/in-force?date=yesterday"), 400, "urn:psi:problem:invalid-request");
  }

  @Test
  void MEM_8_MEM_9_AU_4_agreement_renewed_engagement_recorded_and_next_meetings_public() {
    String id = admit("ASSOCIATION", "Verdandi");
    Actor own = Admissions.adminOf(http, id);
    String etag = http.get("/api/v1/partners/" + id).etag();

    Http.Answer renewed = http.as(COMMITTEE).ifMatch(etag).post("/api/v1/partners/" + id + "/agreement-renewal",
        Map.of("endsOn", "2026-12-31"));
    Http.Answer engaged = http.as(own).ifMatch(renewed.etag()).post("/api/v1/partners/" + id + "/engagement",
        Map.of("level", "REGULAR"));
    Http.Answer next = http.get("/api/v1/working-committee/next-meetings?firstMeeting=2022-01-10&count=3");

    assertThat(renewed.status()).as(renewed.toString()).isEqualTo(200);
    assertThat(renewed.json().get("agreementEndsOn").asText()).isEqualTo("2026-12-31");
    assertThat(engaged.status()).as(engaged.toString()).isEqualTo(200);
    assertThat(engaged.json().get("engagement").asText()).isEqualTo("REGULAR");
    assertThat(next.json()).hasSize(3);
    assertProblem(http.get("/api/v1/working-committee/next-meetings"), 400, "urn:psi:problem:invalid-request");
  }

  @Test
  void MEM_8_the_daily_job_records_an_agreement_that_ran_out_and_the_partner_is_no_longer_a_party() {
    String id = admit("ASSOCIATION", "Verdandi");
    String etag = http.get("/api/v1/partners/" + id).etag();
    http.as(COMMITTEE).ifMatch(etag).post("/api/v1/partners/" + id + "/agreement-renewal",
        Map.of("endsOn", "2022-03-31"));
    server.clock.setToday(java.time.LocalDate.of(2022, 4, 1));

    Http.Answer ended = http.as(COMMITTEE).post("/api/v1/partners/agreement-ends", null);
    Http.Answer again = http.as(COMMITTEE).post("/api/v1/partners/agreement-ends", null);

    assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
    assertThat(ended.json()).extracting(JsonNode::asText).containsExactly(id);
    assertThat(again.json()).isEmpty();
    assertThat(http.get("/api/v1/partners/" + id).json().get("status").asText()).isEqualTo("AGREEMENT_ENDED");
    assertProblem(http.as(Admissions.adminOf(http, id)).post("/api/v1/partners/agreement-ends", null), 403,
        "urn:psi:problem:not-permitted");
  }

  private static List<String> names(Http.Answer page) {
    List<String> names = new ArrayList<>();
    page.json().get("items").forEach(p -> names.add(p.get("organisation").get("name").asText()));
    return names;
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
