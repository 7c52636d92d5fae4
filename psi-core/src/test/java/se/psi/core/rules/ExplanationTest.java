package se.psi.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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
  void gives_each_reason_on_its_own_in_order_and_renders_the_same_from_reasons_already_formatted() {
    List<String> reasons = explanation.reasons(Locale.ENGLISH);

    assertThat(reasons).containsExactly(
        "Verdandi is an association, a kind of legal person that can be a party.",
        "The board's (or equivalent body's) decision to join is missing. Give its date, the body and the paragraph"
            + " or reference.");
    assertThat(explanation.render(Locale.ENGLISH, reasons)).isEqualTo(explanation.render(Locale.ENGLISH));
  }

  @Test
  void refuses_to_render_reasons_that_do_not_match_the_evaluations_one_to_one() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> explanation.render(Locale.ENGLISH, List.of("only one")));
  }

  @Test
  void names_the_failed_rules() {
    assertThat(explanation.failedRuleIds()).containsExactly("MEM-4");
    assertThat(explanation.allMet()).isFalse();
  }
}
