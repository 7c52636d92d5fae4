package se.psi.core.contact.application;

import static se.psi.core.contact.port.in.ContactPermissions.GET_PARTNER_CONTACT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.contact.domain.PartnerContact;
import se.psi.core.contact.port.in.GetPartnerContactUseCase;
import se.psi.core.contact.port.in.PartnerContactQuery;
import se.psi.core.contact.port.out.PartnerContacts;
import se.psi.core.rules.Rejection;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.shared.PartnerId;

final class GetPartnerContactService implements GetPartnerContactUseCase {

  private final Changes changes;
  private final Aggregates<PartnerContact, PartnerId> registers;

  @Inject
  GetPartnerContactService(Changes changes, PartnerContacts registers) {
    this.changes = changes;
    this.registers = Registers.of(registers);
  }

  @Override
  public Either<Rejection, PartnerContact> getPartnerContact(PartnerContactQuery query) {
    return changes.get(GET_PARTNER_CONTACT, registers, query.partnerId(), query.actor(), query);
  }
}
