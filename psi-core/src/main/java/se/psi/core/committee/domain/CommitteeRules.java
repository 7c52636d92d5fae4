package se.psi.core.committee.domain;

import static se.psi.core.rules.RuleSetParameter.CIVIL_SOCIETY_MAJORITY_REQUIRED;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.psi.core.rules.Rule;

/**
 * The working committee's rules. AU-2: civil society and social economy always hold a strict majority. AU-3: a seat
 * change that would break it is refused with the counts; while the committee is out of balance (after a withdrawal
 * that could not be refused, MEM-7), only changes that move it towards the majority are accepted.
 */
public final class CommitteeRules {

  /**
   * The facts of a seat change, or of the committee as it stands ({@link #standing}: before and after alike).
   *
   * @param taking whether a partner takes a seat (AU-1 applies) rather than leaves one
   * @param partnerActive whether the partner taking the seat is active (MEM-7, MEM-8)
   * @param before the seats before the change
   * @param after the seats after it
   * @param outOfBalance whether the committee was out of balance before the change
   * @param on the day of the change
   */
  public record SeatChange(boolean taking, boolean partnerActive, SeatCounts before, SeatCounts after,
      boolean outOfBalance, LocalDate on) {

    public static SeatChange standing(SeatCounts counts, boolean outOfBalance, LocalDate on) {
      return new SeatChange(false, true, counts, counts, outOfBalance, on);
    }
  }

  /** AU-1: any active partner may take a seat. */
  public static final Rule<SeatChange> AU_1 = Rule.of("AU-1", (change, ruleSet, is) -> {
    if (!change.taking()) {
      return is.notApplicable("committee.au1.leaving");
    }
    return change.partnerActive() ? is.met("committee.au1.met") : is.notMet("partnerId", "committee.au1.notActive");
  });

  /**
   * AU-2 on the seats after the change. Without a ruleset in force (a seat that ends by MEM-7 or MEM-8 on such a
   * day) the majority is not judged.
   */
  public static final Rule<SeatChange> AU_2 = Rule.of("AU-2", Set.of(CIVIL_SOCIETY_MAJORITY_REQUIRED),
      (change, ruleSet, is) -> {
    if (ruleSet == null) {
      return is.notApplicable("committee.au2.noRuleSet", change.on().toString());
    }
    if (!ruleSet.civilSocietyMajorityRequired()) {
      return is.notApplicable("committee.au2.notRequired", ruleSet.version());
    }
    SeatCounts counts = change.after();
    return counts.holdsMajority()
        ? is.met("committee.au2.met", counts.nonProfit(), counts.others())
        : is.notMet("", "committee.au2.notMet", counts.nonProfit(), counts.others(), counts.seatsToRestore());
  });

  /** AU-3 on a seat change from {@code before} to {@code after}. */
  public static final Rule<SeatChange> AU_3 = Rule.of("AU-3", Set.of(CIVIL_SOCIETY_MAJORITY_REQUIRED),
      (change, ruleSet, is) -> {
    if (!ruleSet.civilSocietyMajorityRequired()) {
      return is.notApplicable("committee.au2.notRequired", ruleSet.version());
    }
    SeatCounts before = change.before();
    SeatCounts after = change.after();
    if (change.outOfBalance()) {
      return after.margin() > before.margin()
          ? is.met("committee.au3.movesTowardsBalance", after.nonProfit(), after.others())
          : is.notMet("partnerId", "committee.au3.mustRestore", before.nonProfit(), before.others(),
              before.seatsToRestore());
    }
    return after.holdsMajority()
        ? is.met("committee.au3.keepsMajority", after.nonProfit(), after.others())
        : is.notMet("partnerId", "committee.au3.wouldBreak", after.nonProfit(), after.others());
  });

  /** The committee's balance as it stands. */
  public static final List<Rule<SeatChange>> BALANCE = List.of(AU_2);

  /** A seat change, in the order it is explained. */
  public static final List<Rule<SeatChange>> SEAT_CHANGE = List.of(AU_1, AU_2, AU_3);

  /** The rules of a seat change that refuse it; AU-2 only informs while the committee moves towards balance. */
  public static final List<Rule<SeatChange>> REFUSING_A_SEAT_CHANGE = List.of(AU_1, AU_3);

  /** Every rule of the committee feature, for the catalogue. */
  public static final List<Rule<?>> EVERY = List.of(AU_1, AU_2, AU_3);

  private CommitteeRules() {}
}
