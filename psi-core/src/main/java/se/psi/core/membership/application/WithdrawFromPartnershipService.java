package se.psi.core.membership.application;

import static se.psi.core.membership.port.in.MembershipPermissions.WITHDRAW_FROM_PARTNERSHIP;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.contact.port.out.PartnerContacts;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.port.in.PartnerCommand;
import se.psi.core.membership.port.in.WithdrawFromPartnershipUseCase;
import se.psi.core.rules.Rejection;

final class WithdrawFromPartnershipService implements WithdrawFromPartnershipUseCase {

  private final PartnerChanges changes;
  private final PartnerContacts contacts;

  @Inject
  WithdrawFromPartnershipService(PartnerChanges changes, PartnerContacts contacts) {
    this.changes = changes;
    this.contacts = contacts;
  }

  @Override
  public Either<Rejection, Partner> withdrawFromPartnership(PartnerCommand command) {
    return changes.change(WITHDRAW_FROM_PARTNERSHIP, command.actor(), command.partnerId(), command.expectedVersion(),
        command, (partner, today, meta) -> partner.withdraw(today, meta),
        (withdrawn, today) -> {
          changes.lockContactRegister(withdrawn.id());
          contacts.find(withdrawn.id()).forEach(register -> contacts.save(register.close(today)));
        });
  }
}
