package se.psi.core.membership.application;

import static se.psi.core.membership.port.in.MembershipPermissions.END_EXPIRED_AGREEMENTS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.psi.core.application.Changes;
import se.psi.core.application.DailyJob;
import se.psi.core.application.Today;
import se.psi.core.contact.domain.PartnerContact;
import se.psi.core.contact.port.out.PartnerContacts;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.port.in.EndExpiredAgreementsCommand;
import se.psi.core.membership.port.in.EndExpiredAgreementsUseCase;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.PartnerId;

/**
 * MEM-8: records the agreements that ran out. Needs no ruleset: the end date is the partner's own. The contact
 * register closes here, as on a withdrawal; the committee reacts to the event in the same transaction.
 */
final class EndExpiredAgreementsService implements EndExpiredAgreementsUseCase {

  private final Changes changes;
  private final Partners partners;
  private final PartnerContacts contacts;

  @Inject
  EndExpiredAgreementsService(Changes changes, Partners partners, PartnerContacts contacts) {
    this.changes = changes;
    this.partners = partners;
    this.contacts = contacts;
  }

  @Override
  public Either<Rejection, List<PartnerId>> endExpiredAgreements(EndExpiredAgreementsCommand command) {
    return changes.daily(END_EXPIRED_AGREEMENTS, PartnerChanges.TYPE, command.actor(), command, this::endExpired);
  }

  private Either<Rejection, List<DailyJob.Done<PartnerId>>> endExpired(Today today) {
    LocalDate on = today.date();
    List<DailyJob.Done<PartnerId>> ended = new ArrayList<>();
    for (Partner listed : partners.withAgreementEndedBefore(on)) {
      // Each partner is locked and read again, as a change of it would be, so the job never loses a race to one.
      changes.lock(PartnerChanges.TYPE, listed.id());
      changes.lock(PartnerContact.class.getSimpleName(), listed.id());
      Partner partner = partners.find(listed.id()).getOrElse(listed);
      partner.endAgreement(on, today.eventMeta()).forEach(changed -> {
        partners.save(changed.partner());
        // The contact's last day is the agreement's: no reminders and no "unreachable" after it (CON-2).
        LocalDate lastDay = changed.partner().agreementEndsOn().orElseThrow();
        contacts.find(partner.id()).filter(register -> register.active())
            .forEach(register -> contacts.save(register.close(lastDay)));
        ended.add(new DailyJob.Done<>(partner.id(), changed.events()));
      });
    }
    return Either.right(ended);
  }
}
