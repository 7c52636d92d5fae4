package se.psi.core.membership.port.in;

import io.vavr.control.Either;
import se.psi.core.membership.domain.Partner;
import se.psi.core.rules.Rejection;

/** MEM-8: renews an agreement with an end date, so the partner stays (or is again) active. */
public interface RenewAgreementUseCase {

  Either<Rejection, Partner> renewAgreement(RenewAgreementCommand command);
}
