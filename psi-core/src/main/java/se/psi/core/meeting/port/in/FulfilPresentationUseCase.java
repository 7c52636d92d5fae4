package se.psi.core.meeting.port.in;

import io.vavr.control.Either;
import se.psi.core.meeting.domain.PresentationObligation;
import se.psi.core.rules.Rejection;

/** MTG-3: marks a presentation fulfilled once its public dialogue was held. */
public interface FulfilPresentationUseCase {

  Either<Rejection, PresentationObligation> fulfilPresentation(FulfilPresentationCommand command);
}
