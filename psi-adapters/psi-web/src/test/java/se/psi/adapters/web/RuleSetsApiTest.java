package se.psi.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.adapters.web.MembershipApiTest.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Role;

/** RULESETS over HTTP: the check of the rulesets in force, and of a proposed list read back from the API. */
class RuleSetsApiTest {

  private final WebServer server = WebServer.start("2022-03-01");
  private final Http http = Http.to(server);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void RULESETS_anyone_reads_the_rulesets_their_coverage_until_replaced_and_no_findings() {
    JsonNode report = http.inEnglish().get("/api/v1/rulesets/check").json();
    JsonNode swedish = http.get("/api/v1/rulesets/check").json();

    assertThat(report.get("partnership").asText()).isEqualTo("psi-orebro");
    assertThat(report.get("rulesets")).extracting(r -> r.get("version").asText()).containsExactly("orebro-2015",
        "orebro-2016", "orebro-2019", "orebro-2021", "orebro-2022", "orebro-2023");
    assertThat(report.get("rulesets").get(1).get("validUntil").asText()).isEqualTo("2018-12-31");
    assertThat(report.get("rulesets").get(5).get("validUntil").isNull()).isTrue();
    assertThat(report.get("coverage")).singleElement().satisfies(period -> {
      assertThat(period.get("from").asText()).isEqualTo("2015-01-01");
      assertThat(period.get("until").isNull()).isTrue();
      assertThat(period.get("untilReplaced").asBoolean()).isTrue();
      assertThat(period.get("text").asText()).isEqualTo("From 2015-01-01, until a later ruleset replaces the latest one.");
    });
    assertThat(swedish.get("coverage").get(0).get("text").asText())
        .isEqualTo("Från och med 2015-01-01, tills ett senare regelverk ersätter det senaste.");
    assertThat(report.get("partnershipEnds")).isEmpty();
    assertThat(report.get("findings")).isEmpty();
  }

  @Test
  void RULESETS_the_rulesets_as_listed_with_the_next_one_added_make_a_proposal_that_holds() {
    ArrayNode proposal = withNext("2027-01-01");

    Http.Answer answer = http.as(Admissions.COMMITTEE).post("/api/v1/rulesets/check", body(proposal, List.of()));

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.json().get("rulesets")).hasSize(7);
    assertThat(answer.json().get("coverage")).singleElement()
        .satisfies(period -> assertThat(period.get("untilReplaced").asBoolean()).isTrue());
    assertThat(answer.json().get("findings")).isEmpty();
    assertThat(http.get("/api/v1/rulesets").json()).hasSize(6);
  }

  @Test
  void RULESET_3_RULESET_4_RULESET_5_a_proposal_that_does_not_hold_is_answered_422_with_every_finding() {
    ArrayNode proposal = withNext("2027-03-01");
    ObjectNode next = (ObjectNode) proposal.get(6);
    next.putObject("generalMeetingsPerYear").put("min", 4).put("max", 2);
    next.put("contactVacancyGracePeriod", "P0D");

    Http.Answer answer = http.inEnglish().as(Admissions.ADMINISTRATOR)
        .post("/api/v1/rulesets/check", body(proposal, List.of("2030-06-30")));

    assertProblem(answer, 422, "urn:psi:problem:invalid-input");
    JsonNode violations = answer.json().get("violations");
    assertThat(violations).extracting(v -> v.get("field").asText() + " " + v.get("rule").asText()).containsExactly(
        "rulesets[6].generalMeetingsPerYear RULESET-5", "rulesets[6].contactVacancyGracePeriod RULESET-5",
        "rulesets[6].validFrom RULESET-3", "partnershipEnds[0] RULESET-4");
    assertThat(violations.get(0).get("message").asText()).isEqualTo("Ruleset orebro-2027 gives the number of"
        + " general meetings a year as 4\u20132, but the lowest value is greater than the highest.");
  }

  @Test
  void RULESETS_a_proposal_of_the_wrong_shape_is_answered_422_with_the_field_of_every_problem() {
    ArrayNode proposal = http.get("/api/v1/rulesets").json().deepCopy();
    ((ObjectNode) proposal.get(0)).remove("version");
    ((ObjectNode) proposal.get(2)).put("contactReminderInterval", "a month");

    Http.Answer answer = http.as(Admissions.ADMINISTRATOR).post("/api/v1/rulesets/check", body(proposal, null));

    assertProblem(answer, 422, "urn:psi:problem:invalid-input");
    assertThat(answer.json().get("violations")).extracting(v -> v.get("field").asText())
        .containsExactly("rulesets[0].version", "rulesets[2].contactReminderInterval");
  }

  @Test
  void RULESETS_only_the_committee_and_administrators_check_a_proposal() {
    String proposal = body(http.get("/api/v1/rulesets").json().deepCopy(), List.of());

    assertProblem(http.post("/api/v1/rulesets/check", proposal), 401, "urn:psi:problem:unauthenticated");
    assertProblem(http.as(Actor.of("adviser", Role.ADVISER)).post("/api/v1/rulesets/check", proposal), 403,
        "urn:psi:problem:not-permitted");
    assertProblem(http.as(Admissions.ADMINISTRATOR).post("/api/v1/rulesets/check", null), 400,
        "urn:psi:problem:malformed-json");
  }

  /** The rulesets as the API lists them, the latest ending the day before {@code from}, and a next one from then. */
  private ArrayNode withNext(String from) {
    ArrayNode rulesets = http.get("/api/v1/rulesets").json().deepCopy();
    ObjectNode latest = (ObjectNode) rulesets.get(rulesets.size() - 1);
    ObjectNode next = latest.deepCopy();
    latest.put("validUntil", "2026-12-31");
    next.put("version", "orebro-2027").put("validFrom", from).put("source", "A proposal for the rules from 2027");
    rulesets.add(next);
    return rulesets;
  }

  private static String body(JsonNode rulesets, List<String> partnershipEnds) {
    ObjectNode body = Http.JSON.createObjectNode();
    body.set("rulesets", rulesets);
    if (partnershipEnds != null) {
      ArrayNode ends = body.putArray("partnershipEnds");
      new ArrayList<>(partnershipEnds).forEach(ends::add);
    }
    return body.toString();
  }
}
