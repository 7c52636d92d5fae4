package se.psi.core.contact.application;

import static se.psi.core.contact.port.in.ContactPermissions.APPOINT_CONTACT_PERSON;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import se.psi.core.contact.domain.ContactPersonId;
import se.psi.core.contact.domain.PartnerContact;
import se.psi.core.contact.port.in.AppointContactPersonCommand;
import se.psi.core.contact.port.in.AppointContactPersonUseCase;
import se.psi.core.contact.port.out.PartnerContacts;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.IdSource;
import se.psi.core.usecase.Change;
import se.psi.core.usecase.Found;
import se.psi.core.usecase.Rejection;
import se.psi.core.usecase.RulesInForce;
import se.psi.core.usecase.UseCaseBoundary;

final class AppointContactPersonService implements AppointContactPersonUseCase {

  private final UseCaseBoundary boundary;
  private final PartnerContacts registers;
  private final RulesInForce rules;
  private final IdSource ids;
  private final Clock clock;

  @Inject
  AppointContactPersonService(UseCaseBoundary boundary, PartnerContacts registers, RulesInForce rules, IdSource ids,
      Clock clock) {
    this.boundary = boundary;
    this.registers = registers;
    this.rules = rules;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Either<Rejection, PartnerContact> appointContactPerson(AppointContactPersonCommand command) {
    return boundary.change(APPOINT_CONTACT_PERSON.useCase(), Registers.TYPE, Found.text(command.partnerId()),
        command.actor(), command, c -> Registers
            .forCommand(registers, c.partnerId(), c.expectedVersion(), c.actor(), APPOINT_CONTACT_PERSON)
            .flatMap(register -> {
              var from = Optional.ofNullable(c.from()).orElseGet(rules::today);
              var successor = c.person().toContactPerson(new ContactPersonId(ids.newId()));
              return rules.on(from).flatMap(ruleSet ->
                  register.appoint(successor, from, ruleSet, EventMeta.source(ids, clock)));
            })
            .map(changed -> {
              registers.save(changed.register());
              return Change.of(changed.register(), c.partnerId().toString(), changed.events());
            }));
  }
}
