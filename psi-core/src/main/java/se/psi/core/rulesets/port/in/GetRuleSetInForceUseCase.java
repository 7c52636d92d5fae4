package se.psi.core.rulesets.port.in;

import io.vavr.control.Either;
import java.time.LocalDate;
import se.psi.core.rules.Rejection;
import se.psi.core.rules.RuleSet;

/** The ruleset in force on a date, or the RULESET-2 refusal when none is. Public, as the partnership's rules are. */
public interface GetRuleSetInForceUseCase {

  Either<Rejection, RuleSet> ruleSetInForceOn(LocalDate date);
}
