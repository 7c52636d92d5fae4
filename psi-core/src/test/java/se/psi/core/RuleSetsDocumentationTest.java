package se.psi.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.psi.core.rules.CountRange;
import se.psi.core.rules.OrebroRuleSets;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.RuleSetRegistry;
import se.psi.core.shared.Violation;

/** The example in docs/rules.md of adding the next ruleset compiles, does what the text says, and is the same. */
class RuleSetsDocumentationTest {

  private static final Path DOC = Path.of("..", "docs", "rules.md");
  private static final Path SELF = Path.of("src", "test", "java", "se", "psi", "core",
      "RuleSetsDocumentationTest.java");

  @Test
  void RULESETS_an_integrator_adds_the_next_ruleset_as_docs_rules_md_shows() {
    // [next-ruleset]
    RuleSetRegistry shipped = OrebroRuleSets.registry();
    RuleSet orebro2027 = RuleSet.builder()
        .from(shipped.inForceOn(LocalDate.of(2026, 12, 31)).get())   // the latest ruleset's parameters,
        .version("orebro-2027").validFrom(LocalDate.of(2027, 1, 1))   // a new version from its first day,
        .source("Verksamhetsplan 2027- (example)")
        .generalMeetingsPerYear(CountRange.between(2, 3))            // and what changes
        .build();
    Validation<Seq<Violation>, RuleSetRegistry> next = shipped.followedBy(orebro2027);
    // orebro-2023 now ends on 2026-12-31; if the rulesets did not hold, next.getError() would list every finding
    RuleSetRegistry registry = next.get();
    // [/next-ruleset]

    assertThat(registry.inForceOn(LocalDate.of(2026, 12, 31)).get().version()).isEqualTo("orebro-2023");
    assertThat(registry.inForceOn(LocalDate.of(2027, 1, 1)).get().generalMeetingsPerYear())
        .contains(CountRange.between(2, 3));
    assertThat(registry.coverage()).singleElement().satisfies(period -> assertThat(period.untilReplaced()).isTrue());
  }

  @Test
  void the_example_in_docs_rules_md_is_the_one_this_test_runs() throws IOException {
    assertThat(documented()).isEqualTo(tested());
  }

  private static List<String> tested() throws IOException {
    List<String> lines = Files.readAllLines(SELF);
    int start = lines.indexOf("    // [next-ruleset]");
    int end = lines.indexOf("    // [/next-ruleset]");
    return lines.subList(start + 1, end).stream().map(line -> line.substring(Math.min(4, line.length()))).toList();
  }

  private static List<String> documented() throws IOException {
    List<String> lines = Files.readAllLines(DOC);
    int marker = lines.indexOf("<!-- The example below is held true by RuleSetsDocumentationTest. -->");
    assertThat(marker).as("the example's marker in docs/rules.md").isNotNegative();
    int start = marker + 1;
    assertThat(lines.get(start)).isEqualTo("```java");
    int end = start + 1;
    while (!lines.get(end).equals("```")) {
      end++;
    }
    return lines.subList(start + 1, end);
  }
}
