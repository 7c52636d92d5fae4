package se.psi.core.contact.application;

import io.vavr.control.Either;
import java.util.Optional;
import java.util.UUID;
import se.psi.core.contact.domain.PartnerContact;
import se.psi.core.contact.port.out.PartnerContacts;
import se.psi.core.shared.Actor;
import se.psi.core.shared.PartnerId;
import se.psi.core.application.Found;
import se.psi.core.port.in.Permission;
import se.psi.core.rules.Rejection;

/** Loads a partner's register for a command: found, at the expected version, and the actor permitted. */
final class Registers {

  static final String TYPE = "PartnerContact";

  private Registers() {}

  static Either<Rejection, PartnerContact> forCommand(PartnerContacts registers, UUID partner, Long expectedVersion,
      Actor actor, Permission permission) {
    return Found.orNotFound(registers.find(new PartnerId(partner)), TYPE, partner)
        .flatMap(register -> permission.check(actor, Optional.of(register.organisation())).map(ok -> register))
        .flatMap(register -> Found.atVersion(register, PartnerContact::version, expectedVersion, TYPE, partner));
  }
}
