package se.psi.core.rulesets.application;

import java.util.List;
import se.psi.core.application.Kernel;
import se.psi.core.application.UseCaseRegistry;
import se.psi.core.rulesets.port.in.CheckProposedRuleSetsUseCase;
import se.psi.core.rulesets.port.in.CheckRuleSetsUseCase;
import se.psi.core.rulesets.port.in.GetRuleSetInForceUseCase;
import se.psi.core.rulesets.port.in.GetTodayUseCase;
import se.psi.core.rulesets.port.in.ListRuleSetsUseCase;
import se.psi.core.rulesets.port.in.ListRulesUseCase;

/**
 * Builds the rulesets' reads and checks (RULESETS), today's date and the rule catalogue in words over the kernel
 * alone.
 */
public final class RuleSetsWiring {

  /** The use cases {@link #register} adds: a Guice host binds these before the core is built. */
  public static final List<Class<?>> USE_CASES = List.of(CheckRuleSetsUseCase.class,
      CheckProposedRuleSetsUseCase.class, GetTodayUseCase.class, ListRuleSetsUseCase.class,
      GetRuleSetInForceUseCase.class, ListRulesUseCase.class);

  private RuleSetsWiring() {}

  public static void register(UseCaseRegistry useCases, Kernel kernel) {
    var checks = new CheckRuleSetsService(kernel.boundary(), kernel.today());
    var queries = new RuleSetQueriesService(kernel.today());
    useCases
        .add(CheckRuleSetsUseCase.class, checks)
        .add(CheckProposedRuleSetsUseCase.class, checks)
        .add(GetTodayUseCase.class, queries)
        .add(ListRuleSetsUseCase.class, queries)
        .add(GetRuleSetInForceUseCase.class, queries)
        .add(ListRulesUseCase.class, new ListRulesService());
  }
}
