package se.psi.core.idea.application;

import static se.psi.core.idea.port.in.IdeaPermissions.ERASE_IDEA_CONTACT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.idea.domain.Idea;
import se.psi.core.idea.domain.IdeaId;
import se.psi.core.idea.port.in.EraseIdeaContactCommand;
import se.psi.core.idea.port.in.EraseIdeaContactUseCase;
import se.psi.core.idea.port.out.Ideas;
import se.psi.core.rules.Rejection;

/** CON-3: an administrator erases the idea-giver's contact details on request. */
final class EraseIdeaContactService implements EraseIdeaContactUseCase {

  private final Changes changes;
  private final Aggregates<Idea, IdeaId> ideas;

  @Inject
  EraseIdeaContactService(Changes changes, Ideas ideas) {
    this.changes = changes;
    this.ideas = IdeaAggregates.of(ideas);
  }

  @Override
  public Either<Rejection, Idea> eraseIdeaContact(EraseIdeaContactCommand c) {
    return changes.change(ERASE_IDEA_CONTACT, ideas, c.ideaId(), c.expectedVersion(), c.actor(), c,
        (idea, today) -> Either.right(idea.eraseContact()));
  }
}
