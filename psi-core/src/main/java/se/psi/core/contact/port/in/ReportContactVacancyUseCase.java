package se.psi.core.contact.port.in;

import io.vavr.control.Either;
import se.psi.core.contact.domain.PartnerContact;
import se.psi.core.rules.Rejection;

/** CON-2: the contact person left; a vacancy opens. */
public interface ReportContactVacancyUseCase {

  Either<Rejection, PartnerContact> reportContactVacancy(ReportContactVacancyCommand command);
}
