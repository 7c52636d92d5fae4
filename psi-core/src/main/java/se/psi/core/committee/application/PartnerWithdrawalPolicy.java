package se.psi.core.committee.application;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import se.psi.core.membership.domain.PartnerEvent;
import se.psi.core.rules.RuleSet;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.IdSource;
import se.psi.core.usecase.EventPolicy;
import se.psi.core.usecase.RulesInForce;

/**
 * MEM-7 and AU-3: when a partner leaves the partnership its committee seat ends in the same transaction, never
 * refused and whether or not a ruleset is in force that day; under a ruleset, a broken majority marks the committee
 * out of balance.
 */
final class PartnerWithdrawalPolicy implements EventPolicy {

  private final Committees committees;
  private final RulesInForce rules;
  private final IdSource ids;
  private final Clock clock;

  @Inject
  PartnerWithdrawalPolicy(Committees committees, RulesInForce rules, IdSource ids, Clock clock) {
    this.committees = committees;
    this.rules = rules;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public List<DomainEvent> react(DomainEvent event) {
    if (!(event instanceof PartnerEvent.PartnerWithdrew withdrew)) {
      return List.of();
    }
    // MEM-7 never depends on a ruleset: with none in force on the day, the seat still ends (the majority unjudged).
    Optional<RuleSet> ruleSet = rules.registry().inForceOn(withdrew.effectiveOn()).toJavaOptional();
    return committees.current()
        .vacateOnWithdrawal(withdrew.partnerId(), withdrew.effectiveOn(), ruleSet, EventMeta.source(ids, clock))
        .map(changed -> {
          committees.save(changed.committee());
          return changed.events();
        })
        .orElse(List.of());
  }
}
