package se.psi.core.committee.application;

import static se.psi.core.committee.port.in.CommitteePermissions.LEAVE_COMMITTEE_SEAT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.application.Changes;
import se.psi.core.committee.port.in.CommitteeView;
import se.psi.core.committee.port.in.LeaveCommitteeSeatUseCase;
import se.psi.core.committee.port.in.SeatCommand;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.PartnerId;

final class LeaveCommitteeSeatService implements LeaveCommitteeSeatUseCase {

  private final Changes changes;
  private final Committees committees;

  @Inject
  LeaveCommitteeSeatService(Changes changes, Committees committees) {
    this.changes = changes;
    this.committees = committees;
  }

  @Override
  public Either<Rejection, CommitteeView> leaveCommitteeSeat(SeatCommand command) {
    return changes.changeAnswering(LEAVE_COMMITTEE_SEAT, committees.aggregates(), committees.partnership(),
        command.expectedVersion(), command.actor(), command, Committees.seatChange((committee, today, ruleSet, meta) ->
            committee.leave(new PartnerId(command.partnerId()), today, ruleSet, meta)));
  }
}
