package se.psi.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.psi.core.shared.OrganisationKind;

class ExplanationTest {

  private final Explanation explanation = new Explanation("orebro-2022", LocalDate.of(2022, 3, 1), List.of(
      Evaluation.met("MEM-1", "membership.mem1.met", "Verdandi", OrganisationKind.ASSOCIATION),
      Evaluation.notMet("MEM-4", "boardDecision", "membership.mem4.missing")));

  @Test
  void renders_every_rule_with_its_verdict_and_the_ruleset_in_swedish_by_default() {
    assertThat(explanation.render(Locale.forLanguageTag("sv"))).isEqualTo(String.join(System.lineSeparator(),
        "Regelverk orebro-2022, beslutsdatum 2022-03-01",
        "[MEM-1] Uppfyllt: Verdandi är en förening, ett slag av juridisk person som kan vara part.",
        "[MEM-4] Inte uppfyllt: Styrelsebeslut (eller motsvarande) om att ingå i partnerskapet saknas. Ange beslutets"
            + " datum, organ och paragraf eller diarienummer."));
  }

  @Test
  void renders_in_english_on_request() {
    assertThat(explanation.render(Locale.UK)).startsWith("Ruleset orebro-2022, decision date 2022-03-01")
        .contains("[MEM-1] Met: Verdandi is an association, a kind of legal person that can be a party.");
  }

  @Test
  void an_unknown_language_or_the_jvm_default_locale_never_changes_the_swedish_default() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      assertThat(explanation.render(Locale.GERMAN)).startsWith("Regelverk");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void names_the_failed_rules() {
    assertThat(explanation.failedRuleIds()).containsExactly("MEM-4");
    assertThat(explanation.allMet()).isFalse();
  }
}
