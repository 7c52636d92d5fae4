package se.psi.core.meeting.port.in;

import io.vavr.control.Either;
import java.util.List;
import se.psi.core.meeting.domain.PresentationObligation;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;

/** MTG-3: presentations not yet fulfilled; public. */
public interface FindPresentationsUseCase {

  Either<Rejection, List<PresentationObligation>> findUnfulfilledPresentations(Actor actor);
}
