package se.psi.core.committee.application;

import static se.psi.core.committee.port.in.CommitteePermissions.TAKE_COMMITTEE_SEAT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.Optional;
import se.psi.core.committee.port.in.CommitteeView;
import se.psi.core.committee.port.in.SeatCommand;
import se.psi.core.committee.port.in.TakeCommitteeSeatUseCase;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.shared.PartnerId;
import se.psi.core.application.Found;
import se.psi.core.rules.Rejection;

final class TakeCommitteeSeatService implements TakeCommitteeSeatUseCase {

  private final SeatChanges changes;
  private final Partners partners;

  @Inject
  TakeCommitteeSeatService(SeatChanges changes, Partners partners) {
    this.changes = changes;
    this.partners = partners;
  }

  @Override
  public Either<Rejection, CommitteeView> takeCommitteeSeat(SeatCommand command) {
    return changes.change(TAKE_COMMITTEE_SEAT, command, (committee, today, ruleSet, meta) ->
        Found.orNotFound(partners.find(new PartnerId(command.partnerId())), "Partner", command.partnerId())
            .flatMap(partner -> committee.take(partner.id(), partner.organisation().sector(),
                partner.isActiveOn(today), Optional.ofNullable(command.representative()), today, ruleSet, meta)));
  }
}
