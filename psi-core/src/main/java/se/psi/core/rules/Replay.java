package se.psi.core.rules;

import java.util.List;
import java.util.Objects;

/**
 * A stored decision evaluated again from its receipt: what was decided then and what the rules give now, each with
 * its explanation, so that anyone can see whether today's code (or a proposed ruleset) decides it the same way.
 *
 * @param recordedOutcome the outcome as decided
 * @param recorded the explanation as decided
 * @param replayedOutcome the outcome the rules give now
 * @param replayed the explanation the rules give now
 * @param receiptIntact whether the receipt's hashes still match its content
 * @param receipt the receipt replayed
 */
public record Replay(String recordedOutcome, Explanation recorded, String replayedOutcome, Explanation replayed,
    boolean receiptIntact, DecisionReceipt receipt) {

  public Replay {
    Objects.requireNonNull(recordedOutcome, "recordedOutcome");
    Objects.requireNonNull(recorded, "recorded");
    Objects.requireNonNull(replayedOutcome, "replayedOutcome");
    Objects.requireNonNull(replayed, "replayed");
    Objects.requireNonNull(receipt, "receipt");
  }

  public boolean sameOutcome() {
    return recordedOutcome.equals(replayedOutcome);
  }

  /** The same rules with the same verdicts on the same fields, in the same order; the reasons' wording aside. */
  public boolean sameVerdicts() {
    List<Evaluation> then = recorded.evaluations();
    List<Evaluation> now = replayed.evaluations();
    if (then.size() != now.size()) {
      return false;
    }
    for (int i = 0; i < then.size(); i++) {
      Evaluation a = then.get(i);
      Evaluation b = now.get(i);
      if (a.verdict() != b.verdict() || !a.ruleId().equals(b.ruleId()) || !a.field().equals(b.field())) {
        return false;
      }
    }
    return true;
  }

  /** The same outcome and the same verdicts: today's rules decide it as it was decided. */
  public boolean same() {
    return sameOutcome() && sameVerdicts();
  }
}
