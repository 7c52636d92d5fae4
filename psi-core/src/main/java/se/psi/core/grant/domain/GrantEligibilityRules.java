package se.psi.core.grant.domain;

import static se.psi.core.rules.RuleSetParameter.GRANT_APPLICANT_SECTORS;

import java.util.List;
import java.util.Set;
import se.psi.core.membership.domain.Organisation;
import se.psi.core.rules.Rule;

/** Formal eligibility, which is automatic: the applicant and the amount (GRA-1), the project described (GRA-2). */
public final class GrantEligibilityRules {

  /** GRA-1, GRA-2's facts: the applicant, the project as described and the year's scheme. */
  public record Eligibility(Organisation applicant, ProjectDescription project, GrantScheme scheme) {}

  /** GRA-1: the ruleset admits the applicant's sector. */
  public static final Rule<Eligibility> GRA_1_SECTOR = Rule.of("GRA-1", Set.of(GRANT_APPLICANT_SECTORS),
      (facts, ruleSet, is) -> {
    Organisation applicant = facts.applicant();
    return ruleSet.grantApplicantSectors().contains(applicant.sector())
        ? is.met("grant.gra1.civilSociety", applicant.name(), applicant.sector())
        : is.notMet("applicant", "grant.gra1.notCivilSociety", applicant.name(), applicant.sector(),
            ruleSet.version());
  });

  /** GRA-2: the application describes the project; one evaluation per missing part, or one saying it is complete. */
  public static final Rule<Eligibility> GRA_2 = GrantDescriptionRule.GRA_2;

  /** GRA-1: the amount applied for lies within the scheme's limits. */
  public static final Rule<Eligibility> GRA_1_AMOUNT = Rule.of("GRA-1", (facts, ruleSet, is) -> {
    GrantScheme scheme = facts.scheme();
    long min = scheme.minimumAmount().kronor();
    long max = scheme.maximumAmount().kronor();
    return facts.project().requested()
        .map(amount -> amount.compareTo(scheme.minimumAmount()) >= 0 && amount.compareTo(scheme.maximumAmount()) <= 0
            ? is.met("grant.gra1.amountWithin", amount.kronor(), min, max)
            : is.notMet("project.requested", "grant.gra1.amountOutside", amount.kronor(), min, max))
        .orElseGet(() -> is.notApplicable("grant.gra1.noAmount"));
  });

  /** Formal eligibility, in the order it is explained: on submission, resubmission and again at the decision. */
  public static final List<Rule<Eligibility>> FORMAL_ELIGIBILITY = List.of(GRA_1_SECTOR, GRA_2, GRA_1_AMOUNT);

  /** Every rule of formal eligibility, for the catalogue. */
  public static final List<Rule<?>> EVERY = List.of(GRA_1_SECTOR, GRA_2, GRA_1_AMOUNT);

  private GrantEligibilityRules() {}
}
