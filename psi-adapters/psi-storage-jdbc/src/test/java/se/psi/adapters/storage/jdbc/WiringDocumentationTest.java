package se.psi.adapters.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.psi.core.PsiCore;
import se.psi.core.membership.port.in.DecideMembershipUseCase;
import se.psi.core.membership.port.in.FindPartnersQuery;
import se.psi.core.membership.port.in.FindPartnersUseCase;
import se.psi.core.rules.OrebroRuleSets;
import se.psi.core.rules.RuleSetRegistry;
import se.psi.core.shared.Actor;
import se.psi.core.shared.IdSource;
import se.psi.testkit.fixtures.Fixtures;
import se.psi.testkit.memory.InMemoryPartners;
import se.psi.testkit.time.TestClock;

/** The wiring example in docs/integrating.md compiles, replaces the port it says, and is the same as here. */
class WiringDocumentationTest {

  private static final Path DOC = Path.of("..", "..", "docs", "integrating.md");
  private static final Path SELF = Path.of("src", "test", "java", "se", "psi", "adapters", "storage", "jdbc",
      "WiringDocumentationTest.java");

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"2022-03-01", "2027-03-01", "2031-03-01"})
  void an_integrator_replaces_one_jdbc_port_with_its_own_as_docs_integrating_md_shows(String day) {
    try (JdbcStorage jdbc = JdbcStorage.builder().jdbcUrl("jdbc:h2:mem:doc-" + UUID.randomUUID()).build()) {
      InMemoryPartners myPartners = new InMemoryPartners();
      myPartners.save(Fixtures.anAdmittedPartner(Fixtures.anAssociation()));
      Clock clock = TestClock.at(day);
      RuleSetRegistry registry = OrebroRuleSets.registry();
      // [wiring]
      PsiCore core = PsiCore.builder()
          .storage(jdbc.with(myPartners))   // JdbcStorage, with your Partners in place of its own
          .clock(clock)                     // the host's clock; dates in its zone
          .ids(IdSource.random())
          .ruleSets(registry)               // optional: by default the Örebro rulesets
          .build();
      DecideMembershipUseCase decide = core.useCase(DecideMembershipUseCase.class);
      // [/wiring]

      assertThat(decide).isNotNull();
      assertThat(core.useCase(FindPartnersUseCase.class)
          .findPartners(new FindPartnersQuery(Actor.of("anyone"), null, null, false, 0, 10)).get().total()).isOne();
    }
  }

  @Test
  void the_example_in_docs_integrating_md_is_the_one_this_test_runs() throws IOException {
    assertThat(documented()).isEqualTo(tested());
  }

  private static List<String> tested() throws IOException {
    List<String> lines = Files.readAllLines(SELF);
    int start = lines.indexOf("      // [wiring]");
    int end = lines.indexOf("      // [/wiring]");
    return lines.subList(start + 1, end).stream().map(line -> line.substring(Math.min(6, line.length()))).toList();
  }

  private static List<String> documented() throws IOException {
    List<String> lines = Files.readAllLines(DOC);
    int marker = lines.indexOf("<!-- The example below is held true by WiringDocumentationTest. -->");
    assertThat(marker).as("the example's marker in docs/integrating.md").isNotNegative();
    assertThat(lines.get(marker + 1)).isEqualTo("```java");
    int end = marker + 2;
    while (!lines.get(end).equals("```")) {
      end++;
    }
    return lines.subList(marker + 2, end);
  }
}
