package se.psi.core.membership.application;

import static se.psi.core.membership.port.in.MembershipPermissions.END_EXPIRED_AGREEMENTS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.psi.core.contact.port.out.PartnerContacts;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.port.in.EndExpiredAgreementsCommand;
import se.psi.core.membership.port.in.EndExpiredAgreementsUseCase;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.IdSource;
import se.psi.core.shared.PartnerId;
import se.psi.core.application.Change;
import se.psi.core.rules.Rejection;
import se.psi.core.application.Today;
import se.psi.core.application.UseCaseBoundary;

/**
 * MEM-8: records the agreements that ran out. Needs no ruleset: the end date is the partner's own. The contact
 * register closes here, as on a withdrawal; the committee reacts to the event in the same transaction.
 */
final class EndExpiredAgreementsService implements EndExpiredAgreementsUseCase {

  private final UseCaseBoundary boundary;
  private final Partners partners;
  private final PartnerContacts contacts;
  private final Today today;
  private final IdSource ids;
  private final Clock clock;

  @Inject
  EndExpiredAgreementsService(UseCaseBoundary boundary, Partners partners, PartnerContacts contacts,
      Today today, IdSource ids, Clock clock) {
    this.boundary = boundary;
    this.partners = partners;
    this.contacts = contacts;
    this.today = today;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Either<Rejection, List<PartnerId>> endExpiredAgreements(EndExpiredAgreementsCommand command) {
    return boundary.change(END_EXPIRED_AGREEMENTS.useCase(), PartnerChanges.TYPE, "", command.actor(), command,
        c -> END_EXPIRED_AGREEMENTS.check(c.actor()).map(actor -> {
          LocalDate today = this.today.date();
          var meta = EventMeta.source(ids, clock);
          List<PartnerId> ended = new ArrayList<>();
          List<DomainEvent> events = new ArrayList<>();
          for (Partner partner : partners.withAgreementEndedBefore(today)) {
            partner.endAgreement(today, meta).forEach(changed -> {
              partners.save(changed.partner());
              // The contact's last day is the agreement's: no reminders and no "unreachable" after it (CON-2).
              LocalDate lastDay = changed.partner().agreementEndsOn().orElseThrow();
              contacts.find(partner.id()).filter(register -> register.active())
                  .forEach(register -> contacts.save(register.close(lastDay)));
              ended.add(partner.id());
              events.addAll(changed.events());
            });
          }
          return Change.of(List.copyOf(ended), "", events);
        }));
  }
}
