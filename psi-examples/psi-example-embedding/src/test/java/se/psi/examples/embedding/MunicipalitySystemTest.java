package se.psi.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.psi.core.shared.OrganisationNumber;

class MunicipalitySystemTest {

  @TempDir
  Path data;

  @Test
  void the_municipality_is_admitted_its_case_system_hears_of_it_and_the_register_file_keeps_it() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    MunicipalitySystem.run(data, new PrintStream(out, true, StandardCharsets.UTF_8));

    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("Decision: ADMITTED").contains("MEM-6")
        .contains("Case opened: new partner " + MunicipalitySystem.LINDESBERG)
        .contains("CRM: partner").containsSubsequence("Case opened", "CRM: partner");
    assertThat(Files.readAllLines(data.resolve("partners.jsonl"))).hasSize(1);
    assertThat(new FilePartners(data.resolve("partners.jsonl"))
        .findCurrent(OrganisationNumber.of(MunicipalitySystem.LINDESBERG)).isDefined()).isTrue();

    ByteArrayOutputStream again = new ByteArrayOutputStream();
    MunicipalitySystem.run(data, new PrintStream(again, true, StandardCharsets.UTF_8));
    assertThat(again.toString(StandardCharsets.UTF_8)).contains("already a partner");
  }
}
