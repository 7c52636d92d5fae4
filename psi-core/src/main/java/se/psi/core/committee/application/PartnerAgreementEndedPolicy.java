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
 * MEM-8 and AU-3: a partner whose agreement ended holds no seat, so the seat ends in the same transaction as the
 * end is recorded, never refused; the majority is judged under the ruleset in force on that day, and a broken one
 * marks the committee out of balance, a restored one is announced.
 */
final class PartnerAgreementEndedPolicy implements EventPolicy {

  private final Committees committees;
  private final RulesInForce rules;
  private final IdSource ids;
  private final Clock clock;

  @Inject
  PartnerAgreementEndedPolicy(Committees committees, RulesInForce rules, IdSource ids, Clock clock) {
    this.committees = committees;
    this.rules = rules;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public List<DomainEvent> react(DomainEvent event) {
    if (!(event instanceof PartnerEvent.PartnerAgreementEnded ended)) {
      return List.of();
    }
    // As for a withdrawal: with no ruleset in force on the day, the majority cannot be judged.
    var ruleSet = rules.on(ended.recordedOn()).getOrElse(() -> null);
    if (ruleSet == null) {
      return List.of();
    }
    return committees.current()
        .vacate(ended.partnerId(), CommitteeEvent.LeaveReason.AGREEMENT_ENDED, ended.recordedOn(), ruleSet,
            EventMeta.source(ids, clock))
        .map(changed -> {
          committees.save(changed.committee());
          return changed.events();
        })
        .orElse(List.of());
  }
}
