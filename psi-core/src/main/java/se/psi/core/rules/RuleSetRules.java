package se.psi.core.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The rules about rulesets that a decision meets. RULESET-1, 3, 4 and 5 are checked when a registry is built
 * ({@link RuleSetChecks}); RULESET-2 is met by every decision.
 */
public final class RuleSetRules {

  /** RULESET-2's facts: the partnership's rulesets and the decision date. */
  public record Deciding(RuleSetRegistry registry, LocalDate on) {}

  /** RULESET-2: a decision needs a ruleset in force on its date. */
  public static final Rule<Deciding> RULESET_2 = Rule.of("RULESET-2", (deciding, ruleSet, is) ->
      deciding.registry().inForceOn(deciding.on()).isDefined()
          ? is.met("ruleset.inForce")
          : is.notMet("", "ruleset.noneInForce", deciding.on().toString(), deciding.registry().partnership()));

  /** What every decision needs before its own rules. */
  public static final List<Rule<Deciding>> DECISION = List.of(RULESET_2);

  /** Every rule about rulesets that is evaluated as a {@link Rule}, for the catalogue. */
  public static final List<Rule<?>> EVERY = List.of(RULESET_2);

  private RuleSetRules() {}
}
