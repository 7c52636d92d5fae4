package se.psi.core.idea.port.in;

import io.vavr.control.Either;
import se.psi.core.idea.domain.Idea;
import se.psi.core.rules.Rejection;

/** CON-3 for idea-givers: their contact details are erased; the idea stays. */
public interface EraseIdeaContactUseCase {

  Either<Rejection, Idea> eraseIdeaContact(EraseIdeaContactCommand command);
}
