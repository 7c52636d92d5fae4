package se.psi.core.membership.application;

import static se.psi.core.membership.port.in.MembershipPermissions.RECORD_ENGAGEMENT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.port.in.RecordEngagementCommand;
import se.psi.core.membership.port.in.RecordEngagementUseCase;
import se.psi.core.rules.Rejection;

final class RecordEngagementService implements RecordEngagementUseCase {

  private final PartnerChanges changes;

  @Inject
  RecordEngagementService(PartnerChanges changes) {
    this.changes = changes;
  }

  @Override
  public Either<Rejection, Partner> recordEngagement(RecordEngagementCommand command) {
    return changes.change(RECORD_ENGAGEMENT, command.actor(), command.partnerId(), command.expectedVersion(),
        command, (partner, today, meta) -> partner.recordEngagement(command.level(), meta), (partner, today) -> {});
  }
}
