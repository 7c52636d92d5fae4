package se.psi.testkit.memory;

import io.vavr.control.Option;
import java.util.List;
import se.psi.core.contact.domain.ContactPersonId;
import se.psi.core.contact.domain.PartnerContact;
import se.psi.core.contact.port.out.PartnerContacts;
import se.psi.core.shared.PartnerId;

/** {@link PartnerContacts} in memory. */
public final class InMemoryPartnerContacts extends InMemoryRepository<PartnerId, PartnerContact>
    implements PartnerContacts {

  public InMemoryPartnerContacts() {
    super("PartnerContact", PartnerContact::partnerId, PartnerContact::version);
  }

  @Override
  public Option<PartnerContact> find(PartnerId partner) {
    return store.find(partner);
  }

  @Override
  public Option<PartnerContact> findByContactPerson(ContactPersonId person) {
    return Option.ofOptional(store.all().stream()
        .filter(register -> !register.appointmentsOf(person).isEmpty())
        .findFirst());
  }

  @Override
  public List<PartnerContact> withOpenVacancy() {
    return store.all().stream().filter(r -> r.active() && r.vacancy().isPresent()).toList();
  }

  @Override
  public void save(PartnerContact register) {
    store.save(register);
  }
}
