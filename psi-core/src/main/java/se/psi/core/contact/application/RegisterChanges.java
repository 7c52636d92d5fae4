package se.psi.core.contact.application;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.application.Today;
import se.psi.core.contact.domain.PartnerContact;
import se.psi.core.contact.port.out.PartnerContacts;
import se.psi.core.port.in.Permission;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Changed;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.PartnerId;

/** Changes of one partner's contact register, through the change skeleton. */
final class RegisterChanges {

  /** One change of a register, given today and fresh event metadata. */
  interface RegisterChange {
    Either<Rejection, PartnerContact.Changed> apply(PartnerContact register, LocalDate today,
        Supplier<EventMeta> meta);
  }

  private final Changes changes;
  private final Aggregates<PartnerContact, PartnerId> registers;

  @Inject
  RegisterChanges(Changes changes, PartnerContacts registers) {
    this.changes = changes;
    this.registers = Registers.of(registers);
  }

  <C> Either<Rejection, PartnerContact> change(Permission permission, Actor actor, UUID partnerId,
      Long expectedVersion, C command, RegisterChange change) {
    return changes.change(permission, registers, partnerId, expectedVersion, actor, command,
        (register, today) -> change.apply(register, today.date(), today.eventMeta())
            .map(changed -> Changed.of(changed.register(), changed.events())));
  }

  /** A new contact person id. */
  UUID newId() {
    return changes.today().newId();
  }

  Today today() {
    return changes.today();
  }
}
