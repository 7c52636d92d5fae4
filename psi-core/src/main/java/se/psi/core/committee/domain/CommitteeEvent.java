package se.psi.core.committee.domain;

import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.PartnerId;
import se.psi.core.shared.Sector;

/** What happens in the working committee; the aggregate id is the partnership's name. */
public sealed interface CommitteeEvent extends DomainEvent {

  String partnership();

  @Override
  default String aggregateType() {
    return "WorkingCommittee";
  }

  @Override
  default String aggregateId() {
    return partnership();
  }

  /** Why a seat was left: by choice, by leaving the partnership (MEM-7), or because the agreement ended (MEM-8). */
  enum LeaveReason { LEFT_SEAT, WITHDREW_FROM_PARTNERSHIP, AGREEMENT_ENDED }

  /** AU-1: a partner took a seat; the counts are those after the change. */
  record CommitteeSeatTaken(EventMeta meta, String partnership, PartnerId partnerId, Sector sector,
      int nonProfitSeats, int otherSeats) implements CommitteeEvent {}

  /** A partner left its seat, by choice, because it left the partnership (MEM-7) or its agreement ended (MEM-8). */
  record CommitteeSeatLeft(EventMeta meta, String partnership, PartnerId partnerId, Sector sector,
      LeaveReason reason, int nonProfitSeats, int otherSeats) implements CommitteeEvent {}

  /**
   * AU-3: a withdrawal or an agreement's end broke the civil-society majority; {@code seatsToRestore} says how far
   * off it is.
   */
  record CommitteeBalanceLost(EventMeta meta, String partnership, int nonProfitSeats, int otherSeats,
      int seatsToRestore) implements CommitteeEvent {}

  /** AU-3: AU-2 holds again, after a seat change, a withdrawal or an agreement's end. */
  record CommitteeBalanceRestored(EventMeta meta, String partnership, int nonProfitSeats, int otherSeats)
      implements CommitteeEvent {}
}
