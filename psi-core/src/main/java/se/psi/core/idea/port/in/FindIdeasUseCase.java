package se.psi.core.idea.port.in;

import io.vavr.control.Either;
import java.util.List;
import se.psi.core.idea.domain.Idea;
import se.psi.core.rules.Rejection;

/** The ideas, newest first, for those who triage them (IDE-2). */
public interface FindIdeasUseCase {

  Either<Rejection, List<Idea>> findIdeas(FindIdeasQuery query);
}
