package se.psi.core.grant.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import se.psi.core.membership.domain.Organisation;
import se.psi.core.rules.Explanation;
import se.psi.core.rules.Rule;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.Rules;

/**
 * The grant's rules, one file per decision: formal eligibility ({@link GrantEligibilityRules}: GRA-1, GRA-2), the
 * handling group's assessment ({@link GrantAssessmentRules}: GRA-3, GRA-4, GRA-6, GRA-7) and the decision on
 * delegation ({@link GrantDecisionRules}: GRA-5, GRA-7, GRA-BUDGET). A rule for a new step (registration, notices,
 * payouts) goes in the file of its decision, or a new one listed here.
 */
public final class GrantRules {

  /** Every rule of the grant feature, for the catalogue. */
  public static final List<Rule<?>> EVERY = Stream.of(GrantEligibilityRules.EVERY, GrantAssessmentRules.EVERY,
      GrantDecisionRules.EVERY,
      GrantCaseRules.EVERY).flatMap(List::stream).toList();

  private GrantRules() {}

  /** GRA-1, GRA-2: every formal requirement, each missing part named with its field. */
  public static Explanation formalEligibility(Organisation applicant, ProjectDescription project, GrantScheme scheme,
      RuleSet ruleSet, LocalDate on) {
    return Rules.explain(GrantEligibilityRules.FORMAL_ELIGIBILITY,
        new GrantEligibilityRules.Eligibility(applicant, project, scheme), ruleSet, on);
  }
}
