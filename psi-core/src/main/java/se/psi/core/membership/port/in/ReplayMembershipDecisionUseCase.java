package se.psi.core.membership.port.in;

import io.vavr.control.Either;
import se.psi.core.rules.Rejection;
import se.psi.core.rules.Replay;

/**
 * A stored membership decision evaluated again by today's rules from its receipt alone (the facts and the ruleset
 * as they stood on the decision date), never from the application as it stands now: whether today's code gives the
 * same outcome and verdicts, with both explanations, and whether the receipt is intact. A decision stored before
 * receipts were kept is refused as {@link Rejection.IllegalState} ({@code replay.noReceipt}).
 */
public interface ReplayMembershipDecisionUseCase {

  Either<Rejection, Replay> replayMembershipDecision(ReplayMembershipDecisionQuery query);
}
