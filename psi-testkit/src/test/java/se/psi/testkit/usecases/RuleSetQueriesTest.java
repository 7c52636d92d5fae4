package se.psi.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.psi.core.rules.OrebroRuleSets;
import se.psi.core.rules.Rejection;
import se.psi.core.rules.RuleSet;
import se.psi.core.rulesets.port.in.GetRuleSetInForceUseCase;
import se.psi.core.rulesets.port.in.GetTodayUseCase;
import se.psi.core.rulesets.port.in.ListRuleSetsUseCase;

/** What a host reads of the day and the rulesets for its defaults and pages: the core's clock and registry. */
@OnEachDate
class RuleSetQueriesTest {

  private final PsiWorld world;

  RuleSetQueriesTest(String today) {
    this.world = new PsiWorld(today);
  }

  @Test
  void today_is_the_core_s_clock_s_date_not_the_machine_s() {
    assertThat(world.useCase(GetTodayUseCase.class).today()).isEqualTo(world.day);
  }

  @Test
  void RULESETS_every_ruleset_is_listed_oldest_first() {
    assertThat(world.useCase(ListRuleSetsUseCase.class).listRuleSets()).extracting(RuleSet::version)
        .containsExactlyElementsOf(OrebroRuleSets.all().stream().map(RuleSet::version).toList());
  }

  @Test
  void RULESETS_the_ruleset_in_force_on_the_day_is_the_one_decisions_take() {
    assertThat(world.useCase(GetRuleSetInForceUseCase.class).ruleSetInForceOn(world.day).get())
        .isEqualTo(world.rulesInForce());
  }

  @Test
  void RULESET_2_before_the_first_ruleset_none_is_in_force() {
    var none = world.useCase(GetRuleSetInForceUseCase.class).ruleSetInForceOn(LocalDate.of(2014, 12, 31));

    assertThat(none.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
        refusal -> assertThat(refusal.ruleId()).isEqualTo("RULESET-2"));
  }
}
