package se.psi.core.contact.application;

import static se.psi.core.contact.port.in.ContactPermissions.APPOINT_CONTACT_PERSON;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.Optional;
import se.psi.core.contact.domain.ContactPersonId;
import se.psi.core.contact.domain.PartnerContact;
import se.psi.core.contact.port.in.AppointContactPersonCommand;
import se.psi.core.contact.port.in.AppointContactPersonUseCase;
import se.psi.core.rules.Rejection;

final class AppointContactPersonService implements AppointContactPersonUseCase {

  private final RegisterChanges changes;

  @Inject
  AppointContactPersonService(RegisterChanges changes) {
    this.changes = changes;
  }

  @Override
  public Either<Rejection, PartnerContact> appointContactPerson(AppointContactPersonCommand command) {
    return changes.change(APPOINT_CONTACT_PERSON, command.actor(), command.partnerId(), command.expectedVersion(),
        command, (register, today, meta) -> {
          var from = Optional.ofNullable(command.from()).orElse(today);
          var successor = command.person().toContactPerson(new ContactPersonId(changes.newId()));
          return changes.today().ruleSetOn(from).flatMap(ruleSet -> register.appoint(successor, from, ruleSet, meta));
        });
  }
}
