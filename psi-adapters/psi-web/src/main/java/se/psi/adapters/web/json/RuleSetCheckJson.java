package se.psi.adapters.web.json;

import java.time.LocalDate;
import java.util.List;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.problem.Problem;
import se.psi.core.rules.CoveredPeriod;
import se.psi.core.rulesets.port.in.RuleSetDetails;
import se.psi.core.rulesets.port.in.RuleSetReport;

/** The checks of the rulesets (RULESETS): what they cover and what was found, and a proposal to check. */
public final class RuleSetCheckJson {

  private RuleSetCheckJson() {}

  /**
   * A proposed list of rulesets: the whole list as it would be registered, each with the fields of a ruleset as
   * {@code GET /api/v1/rulesets} lists them; {@code partnershipEnds} are the days the partnership is declared to end
   * on, usually none.
   */
  public record RuleSetProposalRequest(List<RuleSetDetails> rulesets, List<LocalDate> partnershipEnds) {}

  /** One ruleset: its version, the days it is in force ({@code validUntil} null: until replaced) and its source. */
  public record RuleSetSummaryJson(String version, LocalDate validFrom, LocalDate validUntil, String source) {}

  /** Days on which some ruleset is in force; {@code until} null while the latest stays until replaced. */
  public record CoveredPeriodJson(LocalDate from, LocalDate until, boolean untilReplaced, String text) {

    static CoveredPeriodJson of(CoveredPeriod period, Texts texts) {
      return new CoveredPeriodJson(period.from(), period.until().orElse(null), period.untilReplaced(),
          period.until().map(until -> texts.core().format("ruleset.coverage.until", period.from().toString(),
                  until.toString()))
              .orElseGet(() -> texts.core().format("ruleset.coverage.untilReplaced", period.from().toString())));
    }
  }

  /**
   * The rulesets, the days they cover, the declared ends of the partnership and the findings of the checks (empty
   * for rulesets that hold), each finding with its rule, field and message in the caller's language.
   */
  public record RuleSetReportJson(String partnership, List<RuleSetSummaryJson> rulesets,
      List<CoveredPeriodJson> coverage, List<LocalDate> partnershipEnds, List<Problem.ViolationJson> findings) {

    public static RuleSetReportJson of(RuleSetReport report, Texts texts) {
      return new RuleSetReportJson(report.partnership(),
          report.rulesets().stream().map(r -> new RuleSetSummaryJson(r.version(), r.validFrom(),
              r.validUntil().orElse(null), r.source())).toList(),
          report.coverage().stream().map(period -> CoveredPeriodJson.of(period, texts)).toList(),
          report.partnershipEnds(),
          report.findings().stream().map(v -> new Problem.ViolationJson(v.field(), v.ruleId(),
              texts.core().format(v.messageKey(), v.args().toArray()))).toList());
    }
  }
}
