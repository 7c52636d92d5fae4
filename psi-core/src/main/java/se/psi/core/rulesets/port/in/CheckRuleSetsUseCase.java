package se.psi.core.rulesets.port.in;

import io.vavr.control.Either;
import se.psi.core.rules.Rejection;

/**
 * The rulesets the core decides under, their coverage and what the static checks find in them (RULESETS). A
 * registry is checked when it is built, so its findings are empty; public, as the partnership's rules are.
 */
public interface CheckRuleSetsUseCase {

  Either<Rejection, RuleSetReport> checkRuleSets(CheckRuleSetsQuery query);
}
