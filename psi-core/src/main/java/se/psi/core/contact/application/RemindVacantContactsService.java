package se.psi.core.contact.application;

import static se.psi.core.contact.port.in.ContactPermissions.REMIND_VACANT_CONTACTS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import se.psi.core.contact.domain.PartnerContact;
import se.psi.core.contact.port.in.ContactDutiesQuery;
import se.psi.core.contact.port.in.RemindVacantContactsUseCase;
import se.psi.core.contact.port.out.PartnerActivity;
import se.psi.core.contact.port.out.PartnerContacts;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.IdSource;
import se.psi.core.shared.PartnerId;
import se.psi.core.application.Change;
import se.psi.core.rules.Rejection;
import se.psi.core.application.Today;
import se.psi.core.application.UseCaseBoundary;

final class RemindVacantContactsService implements RemindVacantContactsUseCase {

  private final UseCaseBoundary boundary;
  private final PartnerContacts registers;
  private final PartnerActivity partners;
  private final Today today;
  private final IdSource ids;
  private final Clock clock;

  @Inject
  RemindVacantContactsService(UseCaseBoundary boundary, PartnerContacts registers, PartnerActivity partners,
      Today today, IdSource ids, Clock clock) {
    this.boundary = boundary;
    this.registers = registers;
    this.partners = partners;
    this.today = today;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Either<Rejection, List<PartnerId>> remindVacantContacts(ContactDutiesQuery query) {
    return boundary.change(REMIND_VACANT_CONTACTS.useCase(), Registers.TYPE, "", query.actor(), query,
        q -> REMIND_VACANT_CONTACTS.check(q.actor()).flatMap(actor -> {
          var today = this.today.date();
          return this.today.ruleSetOn(today).map(ruleSet -> {
            List<PartnerId> reminded = new ArrayList<>();
            List<DomainEvent> events = new ArrayList<>();
            for (PartnerContact register : registers.withOpenVacancy()) {
              // MEM-8: a partner whose agreement ended has no contact duties, even before the end is recorded.
              if (register.vacancy().orElseThrow().reminderDueOn(today, ruleSet.contactReminderInterval())
                  && partners.isActiveOn(register.partnerId(), today)) {
                var changed = register.remind(today, EventMeta.source(ids, clock));
                registers.save(changed.register());
                reminded.add(register.partnerId());
                events.addAll(changed.events());
              }
            }
            return Change.of(List.copyOf(reminded), "", events);
          });
        }));
  }
}
