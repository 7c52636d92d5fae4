package se.psi.core.idea.application;

import static se.psi.core.idea.port.in.IdeaPermissions.SUBMIT_IDEA;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.Optional;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.idea.domain.Idea;
import se.psi.core.idea.domain.IdeaContact;
import se.psi.core.idea.domain.IdeaId;
import se.psi.core.idea.port.in.SubmitIdeaCommand;
import se.psi.core.idea.port.in.SubmitIdeaUseCase;
import se.psi.core.idea.port.out.Ideas;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Place;

/** IDE-1: anyone brings an idea; the receipt is a fresh random id, so it cannot be guessed. */
final class SubmitIdeaService implements SubmitIdeaUseCase {

  private final Changes changes;
  private final Aggregates<Idea, IdeaId> ideas;

  @Inject
  SubmitIdeaService(Changes changes, Ideas ideas) {
    this.changes = changes;
    this.ideas = IdeaAggregates.of(ideas);
  }

  @Override
  public Either<Rejection, Idea> submitIdea(SubmitIdeaCommand c) {
    return changes.create(SUBMIT_IDEA, ideas, c.actor(), c, Idea::id, today -> Either.right(Idea.submit(
        new IdeaId(today.newId()), today.newId().toString(), c.source(),
        Optional.ofNullable(c.organisation()).map(String::strip),
        Optional.ofNullable(c.contact()).map(d -> new IdeaContact(d.name().strip(), d.email().strip())),
        c.challenge().strip(), c.description().strip(), new Place(Optional.ofNullable(c.municipality())),
        c.channel(), Optional.ofNullable(c.channelledBy()), today.date(), today.eventMeta())));
  }
}
