package se.psi.core.contact.application;

import static se.psi.core.contact.port.in.ContactPermissions.REMIND_VACANT_CONTACTS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.psi.core.application.Changes;
import se.psi.core.application.DailyJob;
import se.psi.core.application.Today;
import se.psi.core.contact.domain.PartnerContact;
import se.psi.core.contact.port.in.ContactDutiesQuery;
import se.psi.core.contact.port.in.RemindVacantContactsUseCase;
import se.psi.core.contact.port.out.PartnerActivity;
import se.psi.core.contact.port.out.PartnerContacts;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.PartnerId;

/** CON-2: reminds each partner whose contact vacancy is due a reminder today, under the ruleset's interval. */
final class RemindVacantContactsService implements RemindVacantContactsUseCase {

  private final Changes changes;
  private final PartnerContacts registers;
  private final PartnerActivity partners;

  @Inject
  RemindVacantContactsService(Changes changes, PartnerContacts registers, PartnerActivity partners) {
    this.changes = changes;
    this.registers = registers;
    this.partners = partners;
  }

  @Override
  public Either<Rejection, List<PartnerId>> remindVacantContacts(ContactDutiesQuery query) {
    return changes.daily(REMIND_VACANT_CONTACTS, Registers.TYPE, query.actor(), query, this::remindDue);
  }

  private Either<Rejection, List<DailyJob.Done<PartnerId>>> remindDue(Today today) {
    LocalDate on = today.date();
    return today.ruleSetOn(on).map(ruleSet -> {
      List<DailyJob.Done<PartnerId>> reminded = new ArrayList<>();
      for (PartnerContact register : registers.withOpenVacancy()) {
        // MEM-8: a partner whose agreement ended has no contact duties, even before the end is recorded.
        if (register.vacancy().orElseThrow().reminderDueOn(on, ruleSet.contactReminderInterval())
            && partners.isActiveOn(register.partnerId(), on)) {
          var changed = register.remind(on, today.eventMeta());
          registers.save(changed.register());
          reminded.add(new DailyJob.Done<>(register.partnerId(), changed.events()));
        }
      }
      return reminded;
    });
  }
}
