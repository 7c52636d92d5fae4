package se.psi.core.contact.application;

import static se.psi.core.contact.port.in.ContactPermissions.ERASE_PERSONAL_DATA;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Clock;
import se.psi.core.contact.domain.ContactPersonId;
import se.psi.core.contact.port.in.ErasePersonalDataUseCase;
import se.psi.core.contact.port.in.PersonalDataCommand;
import se.psi.core.contact.port.in.PersonalDataExport;
import se.psi.core.contact.port.out.PartnerContacts;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.IdSource;
import se.psi.core.application.Change;
import se.psi.core.application.Found;
import se.psi.core.rules.Rejection;
import se.psi.core.application.UseCaseBoundary;

final class ErasePersonalDataService implements ErasePersonalDataUseCase {

  private final UseCaseBoundary boundary;
  private final PartnerContacts registers;
  private final IdSource ids;
  private final Clock clock;

  @Inject
  ErasePersonalDataService(UseCaseBoundary boundary, PartnerContacts registers, IdSource ids, Clock clock) {
    this.boundary = boundary;
    this.registers = registers;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Either<Rejection, PersonalDataExport> erasePersonalData(PersonalDataCommand command) {
    return boundary.change(ERASE_PERSONAL_DATA.useCase(), "ContactPerson", Found.text(command.contactPersonId()),
        command.actor(), command, c -> ERASE_PERSONAL_DATA.check(c.actor()).flatMap(actor -> {
          var person = new ContactPersonId(c.contactPersonId());
          return Found.orNotFound(registers.findByContactPerson(person), "ContactPerson", person)
              .flatMap(register -> register.erase(person, EventMeta.source(ids, clock)))
              .map(changed -> {
                if (!changed.events().isEmpty()) {
                  registers.save(changed.register());  // erasing again changes nothing and saves nothing
                }
                var register = changed.register();
                return Change.of(new PersonalDataExport(register.partnerId(), register.organisation(),
                    register.appointmentsOf(person)), person.toString(), changed.events());
              });
        }));
  }
}
