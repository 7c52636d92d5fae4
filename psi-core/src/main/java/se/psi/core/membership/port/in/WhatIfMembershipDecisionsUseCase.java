package se.psi.core.membership.port.in;

import io.vavr.control.Either;
import se.psi.core.membership.domain.MembershipWhatIf;
import se.psi.core.rules.Rejection;

/**
 * The working committee's what-if: the membership decisions of a period evaluated again from their receipts under a
 * proposed ruleset (a registered version, changed parameters, or both), listing each decision whose outcome or
 * verdicts would differ with both explanations. Nothing is changed. A proposal that does not read is refused with
 * every problem at once.
 */
public interface WhatIfMembershipDecisionsUseCase {

  Either<Rejection, MembershipWhatIf> whatIfMembershipDecisions(WhatIfMembershipDecisionsQuery query);
}
