package se.psi.core.rulesets.port.in;

import io.vavr.control.Either;
import se.psi.core.rules.Rejection;

/**
 * Checks a proposed list of rulesets with the same checks a registry is built with, without registering it, so the
 * next ruleset can be validated before it is shipped. A proposal that holds gets its report; one that does not is
 * refused as invalid input with every finding, each pointing into the proposal ({@code rulesets[2].validUntil}).
 */
public interface CheckProposedRuleSetsUseCase {

  Either<Rejection, RuleSetReport> checkProposedRuleSets(CheckProposedRuleSetsQuery query);
}
