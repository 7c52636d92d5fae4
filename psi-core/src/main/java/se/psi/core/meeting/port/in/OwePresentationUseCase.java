package se.psi.core.meeting.port.in;

import io.vavr.control.Either;
import se.psi.core.meeting.domain.PresentationObligation;
import se.psi.core.rules.Rejection;

/** MTG-3: records that a granted project owes a presentation (GRA-8). */
public interface OwePresentationUseCase {

  Either<Rejection, PresentationObligation> owePresentation(OwePresentationCommand command);
}
