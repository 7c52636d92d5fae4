package se.psi.core.rulesets.application;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import se.psi.core.application.Today;
import se.psi.core.rules.Rejection;
import se.psi.core.rules.RuleSet;
import se.psi.core.rulesets.port.in.GetRuleSetInForceUseCase;
import se.psi.core.rulesets.port.in.GetTodayUseCase;
import se.psi.core.rulesets.port.in.ListRuleSetsUseCase;

/** The day and the rulesets as the core sees them, for hosts: reads of the core's own {@link Today}. */
final class RuleSetQueriesService implements GetTodayUseCase, ListRuleSetsUseCase, GetRuleSetInForceUseCase {

  private final Today today;

  @Inject
  RuleSetQueriesService(Today today) {
    this.today = today;
  }

  @Override
  public LocalDate today() {
    return today.date();
  }

  @Override
  public List<RuleSet> listRuleSets() {
    return today.registry().all();
  }

  @Override
  public Either<Rejection, RuleSet> ruleSetInForceOn(LocalDate date) {
    return today.ruleSetOn(date);
  }
}
