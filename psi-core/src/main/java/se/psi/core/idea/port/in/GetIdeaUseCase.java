package se.psi.core.idea.port.in;

import io.vavr.control.Either;
import se.psi.core.idea.domain.Idea;
import se.psi.core.rules.Rejection;

/** One idea, with its contact, for those who triage ideas. */
public interface GetIdeaUseCase {

  Either<Rejection, Idea> getIdea(IdeaQuery query);
}
