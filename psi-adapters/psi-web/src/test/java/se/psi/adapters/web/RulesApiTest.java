package se.psi.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.psi.core.RuleCatalogue;

/** The rule catalogue over HTTP: every rule with its statement, source and the parameters it reads. */
class RulesApiTest {

  private final WebServer server = WebServer.start("2022-03-01");
  private final Http http = Http.to(server);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void anyone_reads_every_rule_in_the_domain_s_order_in_english() {
    JsonNode rules = http.inEnglish().get("/api/v1/rules").json();

    List<String> ids = new ArrayList<>();
    rules.forEach(rule -> ids.add(rule.get("id").asText()));
    assertThat(ids).containsExactlyElementsOf(RuleCatalogue.ids());
    JsonNode mem1 = rule(rules, "MEM-1");
    assertThat(mem1.get("statement").asText()).startsWith("Only legal persons can become parties");
    assertThat(mem1.get("source").asText()).contains("Operational plan 2021\u20132026 [003]");
    assertThat(mem1.get("reads")).singleElement().satisfies(parameter -> {
      assertThat(parameter.get("name").asText()).isEqualTo("admittedKinds");
      assertThat(parameter.get("description").asText()).isEqualTo("the kinds of organisation that may become parties");
    });
    assertThat(mem1.get("heldBy").isNull()).isTrue();
    assertThat(rule(rules, "MEM-7").get("heldBy").asText()).startsWith("Partner.withdraw, never refused");
  }

  @Test
  void AU_2_the_rules_speak_swedish_by_default_and_name_what_they_read() {
    Http.Answer answer = http.get("/api/v1/rules");

    assertThat(answer.status()).isEqualTo(200);
    JsonNode au2 = rule(answer.json(), "AU-2");
    assertThat(au2.get("statement").asText())
        .isEqualTo("Civilsamhället och den sociala ekonomin är alltid i majoritet i arbetsutskottet.");
    assertThat(au2.get("reads")).extracting(parameter -> parameter.get("name").asText())
        .containsExactly("civilSocietyMajorityRequired");
    assertThat(rule(answer.json(), "GRA-7").get("source").asText()).startsWith("Förvaltningslagen");
  }

  @Test
  void RULESET_2_a_refusal_says_what_would_meet_the_rule() {
    JsonNode problem = http.inEnglish().get("/api/v1/rulesets/in-force?date=1999-01-01").json();

    assertThat(problem.get("detail").asText())
        .isEqualTo("No ruleset is in force on 1999-01-01 for partnership psi-orebro. Register a ruleset in force on"
            + " that day.");
  }

  private static JsonNode rule(JsonNode rules, String id) {
    for (JsonNode rule : rules) {
      if (rule.get("id").asText().equals(id)) {
        return rule;
      }
    }
    throw new AssertionError("no rule " + id);
  }
}
