package se.psi.core.rulesets.application;

import com.google.inject.AbstractModule;
import se.psi.core.rulesets.port.in.CheckProposedRuleSetsUseCase;
import se.psi.core.rulesets.port.in.CheckRuleSetsUseCase;
import se.psi.core.rulesets.port.in.GetRuleSetInForceUseCase;
import se.psi.core.rulesets.port.in.GetTodayUseCase;
import se.psi.core.rulesets.port.in.ListRuleSetsUseCase;

/** Wires the rulesets' reads and checks (RULESETS) and today's date. Needs only the core's RuleSetRegistry. */
public final class RuleSetsModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(CheckRuleSetsUseCase.class).to(CheckRuleSetsService.class);
    bind(CheckProposedRuleSetsUseCase.class).to(CheckRuleSetsService.class);
    bind(GetTodayUseCase.class).to(RuleSetQueriesService.class);
    bind(ListRuleSetsUseCase.class).to(RuleSetQueriesService.class);
    bind(GetRuleSetInForceUseCase.class).to(RuleSetQueriesService.class);
  }
}
