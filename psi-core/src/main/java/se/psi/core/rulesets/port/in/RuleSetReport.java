package se.psi.core.rulesets.port.in;

import java.time.LocalDate;
import java.util.List;
import se.psi.core.rules.CoveredPeriod;
import se.psi.core.rules.RuleSet;
import se.psi.core.shared.Violation;

/**
 * What the checks of a partnership's rulesets found (RULESETS).
 *
 * @param partnership whose rulesets they are
 * @param rulesets the rulesets, oldest first: each with its version, period and source
 * @param coverage the days some ruleset is in force; one period, open at the end, unless the partnership ends
 * @param partnershipEnds the days the partnership is declared to end on, usually none
 * @param findings what the checks found: RULESET-1 and RULESET-3 to RULESET-5; empty for rulesets that hold
 */
public record RuleSetReport(String partnership, List<RuleSet> rulesets, List<CoveredPeriod> coverage,
    List<LocalDate> partnershipEnds, List<Violation> findings) {

  public RuleSetReport {
    rulesets = List.copyOf(rulesets);
    coverage = List.copyOf(coverage);
    partnershipEnds = List.copyOf(partnershipEnds);
    findings = List.copyOf(findings);
  }
}
