package se.psi.core.contact.application;

import java.util.Optional;
import se.psi.core.application.Aggregates;
import se.psi.core.contact.domain.PartnerContact;
import se.psi.core.contact.port.out.PartnerContacts;
import se.psi.core.shared.PartnerId;

/** Contact registers as the change skeleton reaches them: each is owned by its partner's organisation. */
final class Registers {

  static final String TYPE = "PartnerContact";

  private Registers() {}

  static Aggregates<PartnerContact, PartnerId> of(PartnerContacts registers) {
    return Aggregates.of(TYPE, PartnerId::new, registers::find, registers::save, PartnerContact::version,
        register -> Optional.of(register.organisation()));
  }
}
