package se.psi.core.committee.application;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import se.psi.core.committee.domain.CommitteeEvent;
import se.psi.core.membership.domain.PartnerEvent;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.IdSource;
import se.psi.core.usecase.EventPolicy;
import se.psi.core.usecase.RulesInForce;

/**
 * MEM-7 and AU-3: when a partner leaves the partnership its committee seat ends in the same transaction, never
 * refused; a broken majority marks the committee out of balance, a restored one is announced.
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
    // A withdrawal is never refused: with no ruleset in force on the day, the seat still ends (majority unchecked).
    var ruleSet = rules.on(withdrew.effectiveOn()).getOrElse(() -> null);
    if (ruleSet == null) {
      return List.of();
    }
    return committees.current()
        .vacate(withdrew.partnerId(), CommitteeEvent.LeaveReason.WITHDREW_FROM_PARTNERSHIP, withdrew.effectiveOn(),
            ruleSet, EventMeta.source(ids, clock))
        .map(changed -> {
          committees.save(changed.committee());
          return changed.events();
        })
        .orElse(List.of());
  }
}
