package se.psi.core.idea.port.in;

import io.vavr.control.Either;
import se.psi.core.rules.Rejection;

/** IDE-1: whoever holds the receipt sees when the idea arrived and what became of it, without an account. */
public interface FollowIdeaUseCase {

  Either<Rejection, IdeaStatus> followIdea(FollowIdeaQuery query);
}
