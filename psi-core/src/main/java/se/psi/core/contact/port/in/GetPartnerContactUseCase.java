package se.psi.core.contact.port.in;

import io.vavr.control.Either;
import se.psi.core.contact.domain.PartnerContact;
import se.psi.core.rules.Rejection;

/** A partner's contact register: personal data, so for the partner itself, the committee and administrators. */
public interface GetPartnerContactUseCase {

  Either<Rejection, PartnerContact> getPartnerContact(PartnerContactQuery query);
}
