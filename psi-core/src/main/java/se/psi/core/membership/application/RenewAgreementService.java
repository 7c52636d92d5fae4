package se.psi.core.membership.application;

import static se.psi.core.membership.port.in.MembershipPermissions.RENEW_AGREEMENT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.Optional;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.port.in.RenewAgreementCommand;
import se.psi.core.membership.port.in.RenewAgreementUseCase;
import se.psi.core.usecase.Rejection;

final class RenewAgreementService implements RenewAgreementUseCase {

  private final PartnerChanges changes;

  @Inject
  RenewAgreementService(PartnerChanges changes) {
    this.changes = changes;
  }

  @Override
  public Either<Rejection, Partner> renewAgreement(RenewAgreementCommand command) {
    return changes.change(RENEW_AGREEMENT, command.actor(), command.partnerId(), command.expectedVersion(), command,
        (partner, today, meta) -> partner.renewAgreement(Optional.ofNullable(command.endsOn()), meta),
        (partner, today) -> {});
  }
}
