package se.psi.core.contact.application;

import static se.psi.core.contact.port.in.ContactPermissions.GET_PARTNER_CONTACT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.contact.domain.PartnerContact;
import se.psi.core.contact.port.in.GetPartnerContactUseCase;
import se.psi.core.contact.port.in.PartnerContactQuery;
import se.psi.core.contact.port.out.PartnerContacts;
import se.psi.core.rules.Rejection;
import se.psi.core.application.UseCaseBoundary;

final class GetPartnerContactService implements GetPartnerContactUseCase {

  private final UseCaseBoundary boundary;
  private final PartnerContacts registers;

  @Inject
  GetPartnerContactService(UseCaseBoundary boundary, PartnerContacts registers) {
    this.boundary = boundary;
    this.registers = registers;
  }

  @Override
  public Either<Rejection, PartnerContact> getPartnerContact(PartnerContactQuery query) {
    return boundary.query(query, q ->
        Registers.forCommand(registers, q.partnerId(), null, q.actor(), GET_PARTNER_CONTACT));
  }
}
