package se.psi.core.membership.port.in;

import io.vavr.control.Either;
import se.psi.core.membership.domain.Partner;
import se.psi.core.shared.Page;
import se.psi.core.rules.Rejection;

/** The partners, filtered and paged; public. */
public interface FindPartnersUseCase {

  Either<Rejection, Page<Partner>> findPartners(FindPartnersQuery query);
}
