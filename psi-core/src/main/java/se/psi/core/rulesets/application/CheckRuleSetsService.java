package se.psi.core.rulesets.application;

import static se.psi.core.rulesets.port.in.RuleSetPermissions.CHECK_PROPOSED_RULESETS;
import static se.psi.core.rulesets.port.in.RuleSetPermissions.CHECK_RULESETS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.RuleSetChecks;
import se.psi.core.rules.RuleSetRegistry;
import se.psi.core.rulesets.port.in.CheckProposedRuleSetsQuery;
import se.psi.core.rulesets.port.in.CheckProposedRuleSetsUseCase;
import se.psi.core.rulesets.port.in.CheckRuleSetsQuery;
import se.psi.core.rulesets.port.in.CheckRuleSetsUseCase;
import se.psi.core.rulesets.port.in.RuleSetDetails;
import se.psi.core.rulesets.port.in.RuleSetReport;
import se.psi.core.shared.Violation;
import se.psi.core.rules.Rejection;
import se.psi.core.application.Today;
import se.psi.core.application.UseCaseBoundary;

/** The static checks of the rulesets (RULESETS), on the core's registry or on a proposal. Reads only. */
final class CheckRuleSetsService implements CheckRuleSetsUseCase, CheckProposedRuleSetsUseCase {

  private final UseCaseBoundary boundary;
  private final Today today;

  @Inject
  CheckRuleSetsService(UseCaseBoundary boundary, Today today) {
    this.boundary = boundary;
    this.today = today;
  }

  @Override
  public Either<Rejection, RuleSetReport> checkRuleSets(CheckRuleSetsQuery query) {
    return boundary.query(query, q -> CHECK_RULESETS.check(q.actor()).map(actor -> {
      RuleSetRegistry registry = this.today.registry();
      return report(registry.partnership(), registry.all(), registry.partnershipEnds(),
          RuleSetChecks.check(registry.partnership(), registry.all(), registry.partnershipEnds()));
    }));
  }

  @Override
  public Either<Rejection, RuleSetReport> checkProposedRuleSets(CheckProposedRuleSetsQuery query) {
    return boundary.query(query, q -> CHECK_PROPOSED_RULESETS.check(q.actor()).flatMap(actor -> {
      String partnership = this.today.registry().partnership();
      List<RuleSet> proposed = q.rulesets().stream().map(RuleSetDetails::toRuleSet).toList();
      List<LocalDate> ends = q.partnershipEnds() == null ? List.of() : q.partnershipEnds();
      List<Violation> findings = RuleSetChecks.checkProposal(partnership, proposed, ends);
      return findings.isEmpty()
          ? Either.right(report(partnership, proposed, ends, findings))
          : Either.left(new Rejection.InvalidInput(findings));
    }));
  }

  private static RuleSetReport report(String partnership, List<RuleSet> ruleSets, List<LocalDate> ends,
      List<Violation> findings) {
    List<RuleSet> oldestFirst = ruleSets.stream().sorted(Comparator.comparing(RuleSet::validFrom)).toList();
    return new RuleSetReport(partnership, oldestFirst, RuleSetChecks.coverage(oldestFirst),
        ends.stream().sorted().distinct().toList(), findings);
  }
}
