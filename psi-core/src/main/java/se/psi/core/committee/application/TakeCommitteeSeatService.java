package se.psi.core.committee.application;

import static se.psi.core.committee.port.in.CommitteePermissions.TAKE_COMMITTEE_SEAT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.Optional;
import se.psi.core.application.Changes;
import se.psi.core.application.Found;
import se.psi.core.committee.port.in.CommitteeView;
import se.psi.core.committee.port.in.SeatCommand;
import se.psi.core.committee.port.in.TakeCommitteeSeatUseCase;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.PartnerId;

final class TakeCommitteeSeatService implements TakeCommitteeSeatUseCase {

  private final Changes changes;
  private final Committees committees;
  private final Partners partners;

  @Inject
  TakeCommitteeSeatService(Changes changes, Committees committees, Partners partners) {
    this.changes = changes;
    this.committees = committees;
    this.partners = partners;
  }

  @Override
  public Either<Rejection, CommitteeView> takeCommitteeSeat(SeatCommand command) {
    return changes.changeAnswering(TAKE_COMMITTEE_SEAT, committees.aggregates(), committees.partnership(),
        command.expectedVersion(), command.actor(), command, Committees.seatChange((committee, today, ruleSet, meta) ->
            Found.orNotFound(partners.find(new PartnerId(command.partnerId())), "Partner", command.partnerId())
                .flatMap(partner -> committee.take(partner.id(), partner.organisation().sector(),
                    partner.isActiveOn(today), Optional.ofNullable(command.representative()), today, ruleSet,
                    meta))));
  }
}
