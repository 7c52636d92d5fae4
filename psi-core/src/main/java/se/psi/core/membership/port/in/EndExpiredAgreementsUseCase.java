package se.psi.core.membership.port.in;

import io.vavr.control.Either;
import java.util.List;
import se.psi.core.shared.PartnerId;
import se.psi.core.rules.Rejection;

/**
 * MEM-8: records the end of every agreement whose last day is before today and that was not renewed, and emits
 * {@code PartnerAgreementEnded} for each. In the same change the partner's contact register closes (no contact duties
 * remain) and the working committee vacates its seat, marking itself out of balance or restored as AU-3 says. Time
 * passes without a request, so a host runs this every day (and at start-up); a second run on the same day finds
 * nothing. Until it runs, every rule already treats such a partner as inactive ({@code Partner.isActiveOn}). Returns
 * the partners whose agreement ended.
 */
public interface EndExpiredAgreementsUseCase {

  Either<Rejection, List<PartnerId>> endExpiredAgreements(EndExpiredAgreementsCommand command);
}
