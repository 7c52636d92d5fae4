package se.psi.core.grant.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.psi.core.rules.Explanation;
import se.psi.core.shared.Referral;
import se.psi.core.shared.Sek;

/**
 * GRA-5: the decision on delegation, with what a Swedish decision must hold: date, outcome, reasons, the decider
 * and the delegation it rests on, who prepared it, who took part, the ruleset version and the explanation.
 */
public record GrantDecision(GrantOutcome outcome, Optional<Sek> amount, List<String> conditions, String reasons,
    Optional<Referral> referral, String decidedBy, DelegationId delegation, String presenter,
    List<String> participants, LocalDate decidedOn, Explanation explanation) {
  public GrantDecision {
    conditions = List.copyOf(conditions);
    participants = List.copyOf(participants);
  }
}
