package se.psi.core.idea.port.in;

import io.vavr.control.Either;
import se.psi.core.idea.domain.Idea;
import se.psi.core.rules.Rejection;

/** IDE-2: the committee or the advisory team decides where an idea goes. */
public interface TriageIdeaUseCase {

  Either<Rejection, Idea> triageIdea(TriageIdeaCommand command);
}
