package se.psi.core.contact.port.in;

import io.vavr.control.Either;
import se.psi.core.rules.Rejection;

/**
 * CON-3: erases a former contact person's name, role, e-mail and phone, keeping only the anonymous fact of the
 * appointment. A current contact cannot be erased: appoint a successor first.
 */
public interface ErasePersonalDataUseCase {

  Either<Rejection, PersonalDataExport> erasePersonalData(PersonalDataCommand command);
}
