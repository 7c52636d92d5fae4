package se.psi.core.application;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.RuleSetRegistry;
import se.psi.core.rules.RuleSetRules;
import se.psi.core.rules.Rules;
import se.psi.core.rules.Rejection;

/** Today's date from the injected clock, and the ruleset in force on a date. */
public final class RulesInForce {

  private final RuleSetRegistry registry;
  private final Clock clock;

  @Inject
  public RulesInForce(RuleSetRegistry registry, Clock clock) {
    this.registry = registry;
    this.clock = clock;
  }

  /** Today in the clock's zone (Europe/Stockholm by default). */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public Either<Rejection, RuleSet> on(LocalDate date) {
    return registry.inForceOn(date).toEither(() -> Rules.refusal(Rules.explainUnder(Rules.NO_RULESET,
        RuleSetRules.DECISION, new RuleSetRules.Deciding(registry, date), date)).orElseThrow());
  }

  public RuleSetRegistry registry() {
    return registry;
  }
}
