package se.psi.core.committee.application;

import static se.psi.core.committee.port.in.CommitteePermissions.LEAVE_COMMITTEE_SEAT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.committee.port.in.CommitteeView;
import se.psi.core.committee.port.in.LeaveCommitteeSeatUseCase;
import se.psi.core.committee.port.in.SeatCommand;
import se.psi.core.shared.PartnerId;
import se.psi.core.rules.Rejection;

final class LeaveCommitteeSeatService implements LeaveCommitteeSeatUseCase {

  private final SeatChanges changes;

  @Inject
  LeaveCommitteeSeatService(SeatChanges changes) {
    this.changes = changes;
  }

  @Override
  public Either<Rejection, CommitteeView> leaveCommitteeSeat(SeatCommand command) {
    return changes.change(LEAVE_COMMITTEE_SEAT, command, (committee, today, ruleSet, meta) ->
        committee.leave(new PartnerId(command.partnerId()), today, ruleSet, meta));
  }
}
