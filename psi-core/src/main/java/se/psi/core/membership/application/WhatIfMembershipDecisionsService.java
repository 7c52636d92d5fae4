package se.psi.core.membership.application;

import static se.psi.core.membership.port.in.MembershipPermissions.WHAT_IF_MEMBERSHIP_DECISIONS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.psi.core.application.Today;
import se.psi.core.application.UseCaseBoundary;
import se.psi.core.membership.domain.MembershipRules;
import se.psi.core.membership.domain.MembershipWhatIf;
import se.psi.core.membership.domain.MembershipWhatIf.Difference;
import se.psi.core.membership.domain.RecordedMembershipDecision;
import se.psi.core.membership.port.in.WhatIfMembershipDecisionsQuery;
import se.psi.core.membership.port.in.WhatIfMembershipDecisionsUseCase;
import se.psi.core.membership.port.out.MembershipApplications;
import se.psi.core.rules.DecisionReceipt;
import se.psi.core.rules.Rejection;
import se.psi.core.rules.Replay;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.RuleSetRegistry;
import se.psi.core.rules.RuleSetSnapshot;
import se.psi.core.shared.Violation;

final class WhatIfMembershipDecisionsService implements WhatIfMembershipDecisionsUseCase {

  private final UseCaseBoundary boundary;
  private final MembershipApplications applications;
  private final Today today;

  @Inject
  WhatIfMembershipDecisionsService(UseCaseBoundary boundary, MembershipApplications applications, Today today) {
    this.boundary = boundary;
    this.applications = applications;
    this.today = today;
  }

  @Override
  public Either<Rejection, MembershipWhatIf> whatIfMembershipDecisions(WhatIfMembershipDecisionsQuery query) {
    return boundary.query(query, q -> WHAT_IF_MEMBERSHIP_DECISIONS.check(q.actor())
        .flatMap(actor -> Proposal.of(q, today.registry()))
        .map(proposal -> evaluate(q, proposal)));
  }

  private MembershipWhatIf evaluate(WhatIfMembershipDecisionsQuery query, Proposal proposal) {
    Tally tally = new Tally(query.listed());
    applications.forEachDecision(query.from(), query.to(), recorded -> tally.add(recorded, proposal));
    return new MembershipWhatIf(query.from(), query.to(), proposal.version(), query.changes(), tally.evaluated,
        tally.withoutReceipt, tally.differing, tally.differences);
  }

  /** The decisions counted and the differing ones listed, as they come from storage one at a time. */
  private static final class Tally {
    private final int listed;
    private final List<Difference> differences = new ArrayList<>();
    private long evaluated;
    private long withoutReceipt;
    private long differing;

    Tally(int listed) {
      this.listed = listed;
    }

    void add(RecordedMembershipDecision recorded, Proposal proposal) {
      Optional<DecisionReceipt> receipt = recorded.decision().receipt();
      if (receipt.isEmpty()) {
        withoutReceipt++;
        return;
      }
      evaluated++;
      Replay replay = MembershipRules.DECISION.replayUnder(receipt.get(), proposal.under(receipt.get()));
      if (!replay.same()) {
        differing++;
        if (differences.size() < listed) {
          differences.add(new Difference(recorded.applicationId(), recorded.number(), replay));
        }
      }
    }
  }

  /**
   * The ruleset each receipt is evaluated under: the named one, or the receipt's own, with the changes applied.
   * Built once per distinct ruleset (by hash), not once per decision; decisions come in date order, so most follow
   * one under the same ruleset and find it without a look-up.
   */
  private static final class Proposal {
    private final Optional<RuleSetSnapshot> named;
    private final Map<String, String> changes;
    private final Map<String, RuleSet> byHash = new HashMap<>();
    private RuleSetSnapshot lastBase;
    private RuleSet lastRuleSet;

    private Proposal(Optional<RuleSetSnapshot> named, Map<String, String> changes) {
      this.named = named;
      this.changes = changes;
    }

    static Either<Rejection, Proposal> of(WhatIfMembershipDecisionsQuery query, RuleSetRegistry registry) {
      List<Violation> problems = new ArrayList<>();
      if (query.to().isBefore(query.from())) {
        problems.add(Violation.of("PeriodOrder", "to", "whatIf.periodOrder", query.from(), query.to()));
      }
      Optional<RuleSetSnapshot> named = Optional.empty();
      if (query.rulesetVersion() != null) {
        named = registry.all().stream().filter(r -> r.version().equals(query.rulesetVersion())).findFirst()
            .map(RuleSet::snapshot);
        if (named.isEmpty()) {
          problems.add(Violation.of("RULESET-1", "rulesetVersion", "whatIf.unknownRuleSet",
              query.rulesetVersion()));
        }
      }
      // The changes are checked once, on the named ruleset or the first registered: a value that does not read
      // reads on none, and an unknown name is unknown everywhere.
      named.or(() -> registry.all().stream().findFirst().map(RuleSet::snapshot))
          .ifPresent(base -> base.with(query.changes()).peekLeft(problems::addAll));
      return problems.isEmpty()
          ? Either.right(new Proposal(named, query.changes()))
          : Either.left(new Rejection.InvalidInput(problems));
    }

    String version() {
      return named.map(RuleSetSnapshot::version).orElse("");
    }

    RuleSet under(DecisionReceipt receipt) {
      RuleSetSnapshot base = named.orElse(receipt.ruleSet());
      if (base != lastBase) {
        lastRuleSet = byHash.computeIfAbsent(base.hash(), hash -> base.with(changes).getOrElseThrow(problems ->
            new IllegalStateException("ruleset " + base.version() + " does not take the changes: " + problems))
            .ruleSet());
        lastBase = base;
      }
      return lastRuleSet;
    }
  }
}
