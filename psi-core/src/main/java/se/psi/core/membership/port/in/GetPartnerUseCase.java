package se.psi.core.membership.port.in;

import io.vavr.control.Either;
import se.psi.core.membership.domain.Partner;
import se.psi.core.rules.Rejection;

/** One partner; public, as the partnership publishes its parties. */
public interface GetPartnerUseCase {

  Either<Rejection, Partner> getPartner(PartnerCommand query);
}
