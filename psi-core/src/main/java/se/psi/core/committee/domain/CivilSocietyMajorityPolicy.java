package se.psi.core.committee.domain;

import se.psi.core.rules.Evaluation;
import se.psi.core.rules.RuleSet;

/**
 * AU-2: civil society and social economy always hold a strict majority in the working committee. AU-3: a seat
 * change that would break it is refused with the counts; while the committee is out of balance (after a withdrawal
 * that could not be refused, MEM-7), only changes that move it towards the majority are accepted.
 */
public final class CivilSocietyMajorityPolicy {

  private CivilSocietyMajorityPolicy() {}

  /** AU-2 on a set of seats. */
  public static Evaluation majority(SeatCounts counts, RuleSet ruleSet) {
    if (!ruleSet.civilSocietyMajorityRequired()) {
      return Evaluation.notApplicable("AU-2", "committee.au2.notRequired", ruleSet.version());
    }
    return counts.holdsMajority()
        ? Evaluation.met("AU-2", "committee.au2.met", counts.nonProfit(), counts.others())
        : Evaluation.notMet("AU-2", "", "committee.au2.notMet", counts.nonProfit(), counts.others(),
            counts.seatsToRestore());
  }

  /** AU-3 on a seat change from {@code before} to {@code after}. */
  public static Evaluation seatChange(SeatCounts before, SeatCounts after, boolean outOfBalance, RuleSet ruleSet) {
    if (!ruleSet.civilSocietyMajorityRequired()) {
      return Evaluation.notApplicable("AU-3", "committee.au2.notRequired", ruleSet.version());
    }
    if (outOfBalance) {
      return after.margin() > before.margin()
          ? Evaluation.met("AU-3", "committee.au3.movesTowardsBalance", after.nonProfit(), after.others())
          : Evaluation.notMet("AU-3", "partnerId", "committee.au3.mustRestore", before.nonProfit(),
              before.others(), before.seatsToRestore());
    }
    return after.holdsMajority()
        ? Evaluation.met("AU-3", "committee.au3.keepsMajority", after.nonProfit(), after.others())
        : Evaluation.notMet("AU-3", "partnerId", "committee.au3.wouldBreak", after.nonProfit(), after.others());
  }
}
