package se.psi.core.idea.port.in;

import io.vavr.control.Either;
import se.psi.core.idea.domain.Idea;
import se.psi.core.rules.Rejection;

/** IDE-1: returns the idea with its receipt, which is the idea-giver's only key to follow it. */
public interface SubmitIdeaUseCase {

  Either<Rejection, Idea> submitIdea(SubmitIdeaCommand command);
}
