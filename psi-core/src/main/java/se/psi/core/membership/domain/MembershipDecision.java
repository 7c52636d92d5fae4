package se.psi.core.membership.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
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
 */
public record MembershipDecision(MembershipOutcome outcome, LocalDate decidedOn, String decidedBy,
    Explanation explanation, Optional<PartnerId> partnerId) {

  public MembershipDecision {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(decidedOn, "decidedOn");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(partnerId, "partnerId");
  }

  public String rulesetVersion() {
    return explanation.rulesetVersion();
  }
}
