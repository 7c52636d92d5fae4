package se.psi.core.contact.port.out;

import io.vavr.control.Option;
import java.util.List;
import se.psi.core.contact.domain.ContactPersonId;
import se.psi.core.contact.domain.PartnerContact;
import se.psi.core.shared.PartnerId;

/**
 * Driven port: the partners' contact registers. The contract (psi-testkit's {@code PartnerContactsContract}):
 * {@link #save} stores a register at version 1 as new and any later version only over the version just before it,
 * else throws {@link se.psi.core.port.out.StaleVersionException}; nothing is ever lost to a concurrent change.
 */
public interface PartnerContacts {

  Option<PartnerContact> find(PartnerId partner);

  /** The register in which {@code person} was ever appointed. */
  Option<PartnerContact> findByContactPerson(ContactPersonId person);

  /** Registers of active partners with an open vacancy. */
  List<PartnerContact> withOpenVacancy();

  void save(PartnerContact register);
}
