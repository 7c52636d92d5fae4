package se.psi.core.contact.application;

import static se.psi.core.contact.port.in.ContactPermissions.EXPORT_PERSONAL_DATA;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.contact.domain.ContactPersonId;
import se.psi.core.contact.port.in.ExportPersonalDataUseCase;
import se.psi.core.contact.port.in.PersonalDataCommand;
import se.psi.core.contact.port.in.PersonalDataExport;
import se.psi.core.contact.port.out.PartnerContacts;
import se.psi.core.application.Found;
import se.psi.core.rules.Rejection;
import se.psi.core.application.UseCaseBoundary;

final class ExportPersonalDataService implements ExportPersonalDataUseCase {

  private final UseCaseBoundary boundary;
  private final PartnerContacts registers;

  @Inject
  ExportPersonalDataService(UseCaseBoundary boundary, PartnerContacts registers) {
    this.boundary = boundary;
    this.registers = registers;
  }

  @Override
  public Either<Rejection, PersonalDataExport> exportPersonalData(PersonalDataCommand command) {
    return boundary.query(command, c -> EXPORT_PERSONAL_DATA.check(c.actor()).flatMap(actor -> {
      var person = new ContactPersonId(c.contactPersonId());
      return Found.orNotFound(registers.findByContactPerson(person), "ContactPerson", person)
          .map(register -> new PersonalDataExport(register.partnerId(), register.organisation(),
              register.appointmentsOf(person)));
    }));
  }
}
