package se.psi.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.psi.core.RuleCatalogue;
import se.psi.core.rules.RuleSetParameter;
import se.psi.core.rulesets.port.in.ListRulesUseCase;
import se.psi.core.rulesets.port.in.RuleDescription;

/** The rule catalogue in words, through the wired core: what every rule says, where from, and what it reads. */
class RuleCatalogueUseCasesTest {

  private final PsiWorld world = new PsiWorld("2026-12-02");

  @Test
  void anyone_reads_every_rule_of_the_catalogue_in_the_domain_s_order_in_english() {
    List<RuleDescription> rules = world.useCase(ListRulesUseCase.class).listRules(Locale.ENGLISH);

    assertThat(rules).extracting(RuleDescription::id).containsExactlyElementsOf(RuleCatalogue.ids());
    assertThat(rules).allSatisfy(rule -> {
      assertThat(rule.statement()).isNotBlank().doesNotStartWith("rule.");
      assertThat(rule.source()).isNotBlank().doesNotStartWith("rule.");
    });
  }

  @Test
  void MEM_1_MEM_5_a_rule_says_its_source_and_the_parameters_it_reads_in_swedish() {
    List<RuleDescription> rules = world.useCase(ListRulesUseCase.class).listRules(Locale.forLanguageTag("sv"));

    RuleDescription mem1 = rule(rules, "MEM-1");
    RuleDescription mem5 = rule(rules, "MEM-5");
    assertThat(mem1.reads()).containsExactly(RuleSetParameter.ADMITTED_KINDS);
    assertThat(mem1.heldBy()).isEmpty();
    assertThat(mem5.statement()).isEqualTo(
        "Organisationen utser en kontaktperson som kan delta i partnerskapets aktiviteter.");
    assertThat(mem5.source()).startsWith("Verksamhetsplan 2021\u20132026 [003], Part i Partnerskapet");
    assertThat(mem5.reads()).isEmpty();
  }

  @Test
  void MEM_7_a_rule_the_model_holds_says_what_holds_it() {
    RuleDescription mem7 = rule(world.useCase(ListRulesUseCase.class).listRules(Locale.ENGLISH), "MEM-7");

    assertThat(mem7.heldBy()).hasValueSatisfying(held -> assertThat(held).contains("Partner.withdraw"));
  }

  @Test
  void AU_2_MTG_4_the_rules_that_read_the_ruleset_name_what_they_read() {
    List<RuleDescription> rules = world.useCase(ListRulesUseCase.class).listRules(Locale.ENGLISH);

    assertThat(rule(rules, "AU-2").reads()).containsExactly(RuleSetParameter.CIVIL_SOCIETY_MAJORITY_REQUIRED);
    assertThat(rule(rules, "MEM-6").reads()).containsExactly(RuleSetParameter.MUNICIPALITY_DUTIES_REQUIRED);
    assertThat(rule(rules, "MTG-4").reads()).containsExactly(RuleSetParameter.COORDINATION_MEETINGS_PER_HALF_YEAR);
  }

  private static RuleDescription rule(List<RuleDescription> rules, String id) {
    return rules.stream().filter(rule -> rule.id().equals(id)).findFirst().orElseThrow();
  }
}
