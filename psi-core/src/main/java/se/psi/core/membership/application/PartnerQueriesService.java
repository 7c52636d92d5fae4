package se.psi.core.membership.application;

import static se.psi.core.membership.port.in.MembershipPermissions.FIND_PARTNERS;
import static se.psi.core.membership.port.in.MembershipPermissions.GET_PARTNER;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.Optional;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.port.in.FindPartnersQuery;
import se.psi.core.membership.port.in.FindPartnersUseCase;
import se.psi.core.membership.port.in.GetPartnerUseCase;
import se.psi.core.membership.port.in.PartnerCommand;
import se.psi.core.membership.port.out.PartnerFilter;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.shared.Page;
import se.psi.core.shared.PartnerId;
import se.psi.core.application.Found;
import se.psi.core.rules.Rejection;
import se.psi.core.application.Today;
import se.psi.core.application.UseCaseBoundary;

/** The public reads of partners: the partnership publishes its parties and their sectors. */
final class PartnerQueriesService implements FindPartnersUseCase, GetPartnerUseCase {

  private final UseCaseBoundary boundary;
  private final Partners partners;
  private final Today today;

  @Inject
  PartnerQueriesService(UseCaseBoundary boundary, Partners partners, Today today) {
    this.boundary = boundary;
    this.partners = partners;
    this.today = today;
  }

  @Override
  public Either<Rejection, Page<Partner>> findPartners(FindPartnersQuery query) {
    return boundary.query(query, q -> FIND_PARTNERS.check(q.actor()).map(actor -> partners.list(new PartnerFilter(
        Optional.ofNullable(q.sector()), Optional.ofNullable(q.status()),
        q.activeToday() ? Optional.of(this.today.date()) : Optional.empty(), q.offset(), q.limit()))));
  }

  @Override
  public Either<Rejection, Partner> getPartner(PartnerCommand query) {
    return boundary.query(query, q -> GET_PARTNER.check(q.actor())
        .flatMap(actor -> Found.orNotFound(partners.find(new PartnerId(q.partnerId())), PartnerChanges.TYPE,
            q.partnerId())));
  }
}
