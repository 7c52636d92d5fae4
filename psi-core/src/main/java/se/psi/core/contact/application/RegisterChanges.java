package se.psi.core.contact.application;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import se.psi.core.contact.domain.PartnerContact;
import se.psi.core.contact.port.out.PartnerContacts;
import se.psi.core.shared.Actor;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.IdSource;
import se.psi.core.application.Change;
import se.psi.core.application.Found;
import se.psi.core.port.in.Permission;
import se.psi.core.rules.Rejection;
import se.psi.core.application.Today;
import se.psi.core.application.UseCaseBoundary;

/** The shape shared by commands on one partner's contact register: load, authorize, check version, change, save. */
final class RegisterChanges {

  /** One change of a register, given today and fresh event metadata. */
  interface RegisterChange {
    Either<Rejection, PartnerContact.Changed> apply(PartnerContact register, LocalDate today,
        Supplier<EventMeta> meta);
  }

  private final UseCaseBoundary boundary;
  private final PartnerContacts registers;
  private final Today today;
  private final IdSource ids;
  private final Clock clock;

  @Inject
  RegisterChanges(UseCaseBoundary boundary, PartnerContacts registers, Today today, IdSource ids,
      Clock clock) {
    this.boundary = boundary;
    this.registers = registers;
    this.today = today;
    this.ids = ids;
    this.clock = clock;
  }

  <C> Either<Rejection, PartnerContact> change(Permission permission, Actor actor, UUID partnerId,
      Long expectedVersion, C command, RegisterChange change) {
    return boundary.change(permission.useCase(), Registers.TYPE, Found.text(partnerId), actor, command, c ->
        Registers.forCommand(registers, partnerId, expectedVersion, actor, permission)
            .flatMap(register -> change.apply(register, this.today.date(), EventMeta.source(ids, clock)))
            .map(changed -> {
              registers.save(changed.register());
              return Change.of(changed.register(), partnerId.toString(), changed.events());
            }));
  }

  /** A new contact person id. */
  UUID newId() {
    return ids.newId();
  }

  Today today() {
    return today;
  }
}
