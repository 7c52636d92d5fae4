package se.psi.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.psi.testkit.fixtures.Fixtures.A_DAY_IN_2022;
import static se.psi.testkit.fixtures.Fixtures.aContactPerson;
import static se.psi.testkit.fixtures.Fixtures.aContactRegister;
import static se.psi.testkit.fixtures.Fixtures.aMunicipality;
import static se.psi.testkit.fixtures.Fixtures.anAdmittedPartner;
import static se.psi.testkit.fixtures.Fixtures.anAssociation;
import static se.psi.testkit.fixtures.Fixtures.eventMeta;
import static se.psi.testkit.fixtures.Fixtures.rules2022;

import org.junit.jupiter.api.Test;
import se.psi.core.contact.domain.PartnerContact;
import se.psi.core.contact.port.out.PartnerContacts;
import se.psi.core.port.out.StaleVersionException;

/** The contract of the {@link PartnerContacts} port. Return a fresh, empty store from the factory method. */
public abstract class PartnerContactsContract {

  protected abstract PartnerContacts contacts();

  @Test
  void a_register_is_found_by_partner_and_by_any_person_ever_appointed() {
    PartnerContacts contacts = contacts();
    PartnerContact register = aContactRegister(anAdmittedPartner(aMunicipality()));
    contacts.save(register);
    var first = register.current().get().person().id();
    PartnerContact handedOver = register.appoint(aContactPerson(true), A_DAY_IN_2022.plusDays(3), rules2022(),
        eventMeta()).get().register();
    contacts.save(handedOver);

    assertThat(contacts.find(register.partnerId()).get()).isEqualTo(handedOver);
    assertThat(contacts.findByContactPerson(first).get()).isEqualTo(handedOver);
    assertThat(contacts.findByContactPerson(handedOver.current().get().person().id()).get()).isEqualTo(handedOver);
  }

  @Test
  void only_active_registers_with_an_open_vacancy_are_listed_as_vacant() {
    PartnerContacts contacts = contacts();
    PartnerContact staffed = aContactRegister(anAdmittedPartner(anAssociation()));
    PartnerContact vacant = aContactRegister(anAdmittedPartner(anAssociation()));
    PartnerContact closed = aContactRegister(anAdmittedPartner(anAssociation()));
    contacts.save(staffed);
    contacts.save(vacant);
    contacts.save(closed);
    PartnerContact nowVacant = vacant.reportVacancy(A_DAY_IN_2022, eventMeta()).get().register();
    contacts.save(nowVacant);
    contacts.save(closed.close(A_DAY_IN_2022));

    assertThat(contacts.withOpenVacancy()).containsExactly(nowVacant);
  }

  @Test
  void erased_personal_data_stays_erased_when_read_back() {
    PartnerContacts contacts = contacts();
    PartnerContact register = aContactRegister(anAdmittedPartner(anAssociation()));
    contacts.save(register);
    var former = register.current().get().person().id();
    PartnerContact handedOver = register.appoint(aContactPerson(false), A_DAY_IN_2022, rules2022(), eventMeta())
        .get().register();
    contacts.save(handedOver);
    PartnerContact erased = handedOver.erase(former, eventMeta()).get().register();
    contacts.save(erased);

    var appointment = contacts.find(register.partnerId()).get().appointmentsOf(former).get(0);
    assertThat(appointment.person().erased()).isTrue();
    assertThat(appointment.person().name()).isEmpty();
    assertThat(appointment.person().email()).isEmpty();
    assertThat(appointment.person().phone()).isEmpty();
  }

  @Test
  void a_stale_write_is_refused() {
    PartnerContacts contacts = contacts();
    PartnerContact register = aContactRegister(anAdmittedPartner(anAssociation()));
    contacts.save(register);
    contacts.save(register.reportVacancy(A_DAY_IN_2022, eventMeta()).get().register());

    assertThatThrownBy(() -> contacts.save(register.close(A_DAY_IN_2022)))
        .isInstanceOf(StaleVersionException.class);
  }
}
