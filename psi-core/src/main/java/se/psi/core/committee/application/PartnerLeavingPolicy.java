package se.psi.core.committee.application;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.psi.core.committee.domain.CommitteeEvent.LeaveReason;
import se.psi.core.membership.domain.PartnerEvent;
import se.psi.core.rules.RuleSet;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.PartnerId;
import se.psi.core.application.EventPolicy;
import se.psi.core.application.Today;
import se.psi.core.port.out.UnitOfWork;

/**
 * MEM-7, MEM-8 and AU-3: when a partner leaves the partnership, or its agreement ends, its committee seat ends in
 * the same transaction, never refused and whether or not a ruleset is in force that day. Under a ruleset, a broken
 * majority marks the committee out of balance and a restored one is announced. The committee is locked before it is
 * read, so a seat change racing the withdrawal either commits first (and its seat is ended here) or waits and finds
 * the partner gone; the withdrawal never loses a race to it.
 */
final class PartnerLeavingPolicy implements EventPolicy {

  private final Committees committees;
  private final Today today;
  private final UnitOfWork unitOfWork;

  @Inject
  PartnerLeavingPolicy(Committees committees, Today today, UnitOfWork unitOfWork) {
    this.committees = committees;
    this.today = today;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public List<DomainEvent> react(DomainEvent event) {
    if (event instanceof PartnerEvent.PartnerWithdrew withdrew) {
      return vacate(withdrew.partnerId(), LeaveReason.WITHDREW_FROM_PARTNERSHIP, withdrew.effectiveOn());
    }
    if (event instanceof PartnerEvent.PartnerAgreementEnded ended) {
      return vacate(ended.partnerId(), LeaveReason.AGREEMENT_ENDED, ended.recordedOn());
    }
    return List.of();
  }

  private List<DomainEvent> vacate(PartnerId partner, LeaveReason reason, LocalDate on) {
    // The seat ends even with no ruleset in force on the day; only the majority then goes unjudged.
    Optional<RuleSet> ruleSet = today.inForceOn(on).toJavaOptional();
    unitOfWork.lock(Committees.TYPE, committees.partnership());
    return committees.current()
        .vacate(partner, reason, on, ruleSet, today.eventMeta())
        .map(changed -> {
          committees.save(changed.committee());
          return changed.events();
        })
        .orElse(List.of());
  }
}
