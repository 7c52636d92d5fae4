package se.psi.core.membership.application;

import static se.psi.core.membership.port.in.MembershipPermissions.RENEW_AGREEMENT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.Optional;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.port.in.RenewAgreementCommand;
import se.psi.core.membership.port.in.RenewAgreementUseCase;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.Rejection;
import se.psi.core.application.Today;

final class RenewAgreementService implements RenewAgreementUseCase {

  private final PartnerChanges changes;
  private final Today today;

  @Inject
  RenewAgreementService(PartnerChanges changes, Today today) {
    this.changes = changes;
    this.today = today;
  }

  @Override
  public Either<Rejection, Partner> renewAgreement(RenewAgreementCommand command) {
    return changes.change(RENEW_AGREEMENT, command.actor(), command.partnerId(), command.expectedVersion(), command,
        (partner, today, meta) -> partner.renewAgreement(Optional.ofNullable(command.endsOn()), today,
            this.today.registry().inForceOn(today).map(RuleSet::version).getOrElse("-"), meta),
        (partner, today) -> {});
  }
}
