package se.psi.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RuleSetRulesTest {

  private static final RuleSetRegistry REGISTRY = OrebroRuleSets.registry();

  @Test
  void RULESET_2_a_decision_needs_a_ruleset_in_force_on_its_date() {
    LocalDate before = LocalDate.of(2014, 12, 31);

    assertThat(RuleSetRules.RULESET_2.evaluate(new RuleSetRules.Deciding(REGISTRY, LocalDate.of(2022, 3, 1)), null))
        .extracting(Evaluation::verdict).containsExactly(Verdict.MET);
    assertThat(RuleSetRules.RULESET_2.evaluate(new RuleSetRules.Deciding(REGISTRY, before), null)).singleElement()
        .satisfies(refused -> {
          assertThat(refused.verdict()).isEqualTo(Verdict.NOT_MET);
          assertThat(refused.messageKey()).isEqualTo("ruleset.noneInForce");
          assertThat(refused.args()).containsExactly("2014-12-31", REGISTRY.partnership());
        });
  }
}
