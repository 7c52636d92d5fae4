package se.psi.core.application;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.psi.core.rules.Evaluation;
import se.psi.core.rules.Explanation;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.RuleSetRegistry;
import se.psi.core.rules.Rejection;

/** Today's date from the injected clock, and the ruleset in force on a date. */
public final class RulesInForce {

  /** The rule id of "a decision needs a ruleset in force on its date". */
  public static final String NO_RULESET = "RULESET-2";

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
    return registry.inForceOn(date).toEither(() -> new Rejection.RuleRefusal(NO_RULESET, "ruleset.noneInForce",
        List.of(date.toString(), registry.partnership()), new Explanation("-", date,
            List.of(Evaluation.notMet(NO_RULESET, "", "ruleset.noneInForce", date.toString(),
                registry.partnership())))));
  }

  public RuleSetRegistry registry() {
    return registry;
  }
}
