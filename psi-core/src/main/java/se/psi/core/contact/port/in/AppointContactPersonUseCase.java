package se.psi.core.contact.port.in;

import io.vavr.control.Either;
import se.psi.core.contact.domain.PartnerContact;
import se.psi.core.rules.Rejection;

/** CON-2, CON-4: a partner appoints its contact person. */
public interface AppointContactPersonUseCase {

  Either<Rejection, PartnerContact> appointContactPerson(AppointContactPersonCommand command);
}
