package se.psi.core.idea.port.in;

import io.vavr.control.Either;
import java.util.List;
import se.psi.core.idea.domain.Idea;
import se.psi.core.idea.port.in.IdeaCommands.FollowIdeaQuery;
import se.psi.core.idea.port.in.IdeaCommands.IdeaCommand;
import se.psi.core.idea.port.in.IdeaCommands.SubmitIdeaCommand;
import se.psi.core.idea.port.in.IdeaCommands.TriageIdeaCommand;
import se.psi.core.shared.Actor;
import se.psi.core.rules.Rejection;

/** Ideas from anyone (IDE-1), channelled and triaged (IDE-2). */
public final class IdeaUseCases {

  private IdeaUseCases() {}

  /** IDE-1: returns the idea with its receipt, which is the idea-giver's only key to follow it. */
  public interface SubmitIdeaUseCase {
    Either<Rejection, Idea> submitIdea(SubmitIdeaCommand command);
  }

  public interface FollowIdeaUseCase {
    Either<Rejection, IdeaStatus> followIdea(FollowIdeaQuery query);
  }

  public interface TriageIdeaUseCase {
    Either<Rejection, Idea> triageIdea(TriageIdeaCommand command);

    Either<Rejection, List<Idea>> findIdeas(Actor actor);
  }

  /** CON-3 for idea-givers: their contact details are erased; the idea stays. */
  public interface EraseIdeaContactUseCase {
    Either<Rejection, Idea> eraseIdeaContact(IdeaCommand command);
  }
}
