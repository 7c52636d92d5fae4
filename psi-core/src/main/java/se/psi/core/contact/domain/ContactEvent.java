package se.psi.core.contact.domain;

import java.time.LocalDate;
import java.util.Optional;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.PartnerId;

/** What happens to a partner's contact person. Ids only: no name, e-mail or phone ever leaves in an event. */
public sealed interface ContactEvent extends DomainEvent {

  PartnerId partnerId();

  @Override
  default String aggregateType() {
    return "PartnerContact";
  }

  @Override
  default String aggregateId() {
    return partnerId().toString();
  }

  /** CON-1/CON-2: a contact person was appointed; {@code previous} is set when this was a handover. */
  record ContactPersonAppointed(EventMeta meta, PartnerId partnerId, ContactPersonId contactPersonId,
      Optional<ContactPersonId> previous, LocalDate from) implements ContactEvent {}

  /** CON-2: the contact person left; the partner must appoint a successor. */
  record ContactPersonVacated(EventMeta meta, PartnerId partnerId, ContactPersonId contactPersonId,
      LocalDate vacantSince) implements ContactEvent {}

  /** CON-2: the partner was reminded of its open vacancy (a host sends the actual message). */
  record ContactVacancyReminded(EventMeta meta, PartnerId partnerId, LocalDate vacantSince, LocalDate remindedOn)
      implements ContactEvent {}

  /** CON-3: a former contact person's personal data was erased. */
  record ContactPersonErased(EventMeta meta, PartnerId partnerId, ContactPersonId contactPersonId)
      implements ContactEvent {}
}
