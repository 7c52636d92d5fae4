package se.psi.core.idea.application;

import static se.psi.core.idea.port.in.IdeaPermissions.TRIAGE_IDEAS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.idea.domain.Idea;
import se.psi.core.idea.domain.IdeaId;
import se.psi.core.idea.port.in.TriageIdeaCommand;
import se.psi.core.idea.port.in.TriageIdeaUseCase;
import se.psi.core.idea.port.out.Ideas;
import se.psi.core.rules.Rejection;

/** IDE-2: the triage is dated today and signed with the host's id of whoever made it. */
final class TriageIdeaService implements TriageIdeaUseCase {

  private final Changes changes;
  private final Aggregates<Idea, IdeaId> ideas;

  @Inject
  TriageIdeaService(Changes changes, Ideas ideas) {
    this.changes = changes;
    this.ideas = IdeaAggregates.of(ideas);
  }

  @Override
  public Either<Rejection, Idea> triageIdea(TriageIdeaCommand c) {
    return changes.change(TRIAGE_IDEAS, ideas, c.ideaId(), c.expectedVersion(), c.actor(), c,
        (idea, today) -> idea.triage(c.outcome(), c.note().strip(), c.actor().personId(), today.date(),
            today.eventMeta()));
  }
}
