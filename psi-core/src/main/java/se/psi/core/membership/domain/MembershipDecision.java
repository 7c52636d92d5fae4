package se.psi.core.membership.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.psi.core.rules.DecisionReceipt;
import se.psi.core.rules.Explanation;
import se.psi.core.shared.PartnerId;

/**
 * The working committee's decision on an application, with its explanation and ruleset version.
 *
 * @param outcome what was decided
 * @param decidedOn the decision date; its ruleset was applied
 * @param decidedBy the host's id of the committee member who recorded it
 * @param explanation every rule evaluated, with verdicts and reasons
 * @param partnerId the new partner, when admitted
 * @param receipt what anyone needs to verify the decision ({@link MembershipRules#DECISION} replays it); empty for
 *     a decision stored before receipts were kept
 */
public record MembershipDecision(MembershipOutcome outcome, LocalDate decidedOn, String decidedBy,
    Explanation explanation, Optional<PartnerId> partnerId, Optional<DecisionReceipt> receipt) {

  public MembershipDecision {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(decidedOn, "decidedOn");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(receipt, "receipt");
  }

  /** A decision stored before receipts were kept: it has its explanation, but nothing to replay. */
  public MembershipDecision(MembershipOutcome outcome, LocalDate decidedOn, String decidedBy,
      Explanation explanation, Optional<PartnerId> partnerId) {
    this(outcome, decidedOn, decidedBy, explanation, partnerId, Optional.empty());
  }

  public String rulesetVersion() {
    return explanation.rulesetVersion();
  }
}
