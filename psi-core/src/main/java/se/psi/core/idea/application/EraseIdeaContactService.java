package se.psi.core.idea.application;

import static se.psi.core.idea.port.in.IdeaPermissions.ERASE_IDEA_CONTACT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.application.Found;
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
    // The version is checked only while there is something to erase: a repeated erasure, sent with the version the
    // first one read, is answered as the first one was.
    return changes.change(ERASE_IDEA_CONTACT, ideas, c.ideaId(), null, c.actor(), c,
        (idea, today) -> idea.contact().isEmpty() ? Either.right(idea.eraseContact(today.eventMeta()))
            : Found.atVersion(idea, Idea::version, c.expectedVersion(), "Idea", c.ideaId())
                .map(current -> current.eraseContact(today.eventMeta())));
  }
}
