package se.psi.core.contact.port.in;

import io.vavr.control.Either;
import se.psi.core.rules.Rejection;

/** CON-3: everything held about one contact person, on their request. */
public interface ExportPersonalDataUseCase {

  Either<Rejection, PersonalDataExport> exportPersonalData(PersonalDataCommand command);
}
