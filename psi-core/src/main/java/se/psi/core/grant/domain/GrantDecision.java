package se.psi.core.grant.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.psi.core.rules.Explanation;
import se.psi.core.shared.Referral;
import se.psi.core.shared.Sek;

/**
 * GRA-5, GRA-12: the decision on delegation, with what a Swedish decision must hold (förvaltningslagen 31-33 §§):
 * date, outcome, reasons, who decided and on which delegation, who presented it, who took part and any dissenting
 * opinion, the appeal information, the ruleset version and the explanation; then when and how the applicant was
 * told. GRA-15: {@code number} counts the versions of the decision, and a later version says what it revises.
 */
public record GrantDecision(GrantOutcome outcome, Optional<Sek> amount, List<String> conditions, String reasons,
    Optional<Referral> referral, String decidedBy, DelegationId delegation, String presenter,
    List<String> participants, LocalDate decidedOn, Explanation explanation, int number, List<Dissent> dissents,
    Optional<AppealInformation> appeal, Optional<DecisionNotice> notice, Optional<DecisionRevision> revision) {

  public GrantDecision {
    conditions = List.copyOf(conditions);
    participants = List.copyOf(participants);
    dissents = List.copyOf(dissents);
  }

  /** A first decision as decided, before appeal information, notice or dissent are added. */
  public GrantDecision(GrantOutcome outcome, Optional<Sek> amount, List<String> conditions, String reasons,
      Optional<Referral> referral, String decidedBy, DelegationId delegation, String presenter,
      List<String> participants, LocalDate decidedOn, Explanation explanation) {
    this(outcome, amount, conditions, reasons, referral, decidedBy, delegation, presenter, participants, decidedOn,
        explanation, 1, List.of(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** GRA-12: the applicant was told of this decision. */
  public GrantDecision notified(DecisionNotice given) {
    return new GrantDecision(outcome, amount, conditions, reasons, referral, decidedBy, delegation, presenter,
        participants, decidedOn, explanation, number, dissents, appeal, Optional.of(given), revision);
  }

  /** GRA-10: whether the decision goes wholly or partly against an applicant who asked for {@code requested}. */
  public boolean goesAgainst(Optional<Sek> requested) {
    return GrantCaseRules.against(outcome, amount, conditions, requested);
  }
}
