package se.psi.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.psi.core.rules.OrebroRuleSets;
import se.psi.core.shared.OrganisationNumber;
import se.psi.testkit.time.TestClock;

class MunicipalitySystemTest {

  @TempDir
  Path data;

  /** On a day of the plan 2021-2026, and on days after it ran out: the municipality's day is never the machine's. */
  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"2022-03-01", "2027-03-01", "2031-03-01"})
  void the_municipality_is_admitted_its_case_system_hears_of_it_and_the_register_file_keeps_it(String today)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    MunicipalitySystem.run(data, new PrintStream(out, true, StandardCharsets.UTF_8), TestClock.at(today));

    String printed = out.toString(StandardCharsets.UTF_8);
    String inForce = OrebroRuleSets.registry().inForceOn(LocalDate.parse(today)).get().version();
    assertThat(printed).contains("Decision: ADMITTED").contains("MEM-6")
        .contains("Ruleset " + inForce + ", decision date " + today)
        .contains("Case opened: new partner " + MunicipalitySystem.LINDESBERG)
        .contains("CRM: partner").containsSubsequence("Case opened", "CRM: partner");
    assertThat(Files.readAllLines(data.resolve("partners.jsonl"))).hasSize(1);
    assertThat(new FilePartners(data.resolve("partners.jsonl"))
        .findCurrent(OrganisationNumber.of(MunicipalitySystem.LINDESBERG)).isDefined()).isTrue();

    ByteArrayOutputStream again = new ByteArrayOutputStream();
    MunicipalitySystem.run(data, new PrintStream(again, true, StandardCharsets.UTF_8), TestClock.at(today));
    assertThat(again.toString(StandardCharsets.UTF_8)).contains("already a partner");
  }
}
