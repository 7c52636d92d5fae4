package se.psi.core.rulesets.application;

import com.google.inject.AbstractModule;
import se.psi.core.rulesets.port.in.CheckProposedRuleSetsUseCase;
import se.psi.core.rulesets.port.in.CheckRuleSetsUseCase;

/** Wires the checks of the rulesets (RULESETS). Needs only the core's RuleSetRegistry. */
public final class RuleSetsModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(CheckRuleSetsUseCase.class).to(CheckRuleSetsService.class);
    bind(CheckProposedRuleSetsUseCase.class).to(CheckRuleSetsService.class);
  }
}
