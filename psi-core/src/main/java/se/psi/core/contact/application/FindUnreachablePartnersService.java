package se.psi.core.contact.application;

import static se.psi.core.contact.port.in.ContactPermissions.FIND_UNREACHABLE_PARTNERS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import se.psi.core.contact.port.in.ContactDutiesQuery;
import se.psi.core.contact.port.in.FindUnreachablePartnersUseCase;
import se.psi.core.contact.port.in.UnreachablePartner;
import se.psi.core.contact.port.out.PartnerActivity;
import se.psi.core.contact.port.out.PartnerContacts;
import se.psi.core.rules.Rejection;
import se.psi.core.application.Today;
import se.psi.core.application.UseCaseBoundary;

final class FindUnreachablePartnersService implements FindUnreachablePartnersUseCase {

  private final UseCaseBoundary boundary;
  private final PartnerContacts registers;
  private final PartnerActivity partners;
  private final Today today;

  @Inject
  FindUnreachablePartnersService(UseCaseBoundary boundary, PartnerContacts registers, PartnerActivity partners,
      Today today) {
    this.boundary = boundary;
    this.registers = registers;
    this.partners = partners;
    this.today = today;
  }

  @Override
  public Either<Rejection, List<UnreachablePartner>> findUnreachablePartners(ContactDutiesQuery query) {
    return boundary.query(query, q -> FIND_UNREACHABLE_PARTNERS.check(q.actor()).flatMap(actor -> {
      var today = this.today.date();
      return this.today.ruleSetOn(today).map(ruleSet -> registers.withOpenVacancy().stream()
          .filter(register -> register.unreachableOn(today, ruleSet.contactVacancyGracePeriod()))
          // MEM-8: a partner whose agreement ended is not "unreachable", even before the end is recorded.
          .filter(register -> partners.isActiveOn(register.partnerId(), today))
          .map(register -> {
            var since = register.vacancy().orElseThrow().since();
            return new UnreachablePartner(register.partnerId(), register.organisation(), since,
                ChronoUnit.DAYS.between(since, today), ruleSet.version());
          })
          .sorted(Comparator.comparing(UnreachablePartner::vacantSince))
          .toList());
    }));
  }
}
