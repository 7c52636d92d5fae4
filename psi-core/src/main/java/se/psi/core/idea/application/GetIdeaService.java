package se.psi.core.idea.application;

import static se.psi.core.idea.port.in.IdeaPermissions.TRIAGE_IDEAS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.idea.domain.Idea;
import se.psi.core.idea.domain.IdeaId;
import se.psi.core.idea.port.in.GetIdeaUseCase;
import se.psi.core.idea.port.in.IdeaQuery;
import se.psi.core.idea.port.out.Ideas;
import se.psi.core.rules.Rejection;

/** One idea, for those who may see every idea (they triage them). */
final class GetIdeaService implements GetIdeaUseCase {

  private final Changes changes;
  private final Aggregates<Idea, IdeaId> ideas;

  @Inject
  GetIdeaService(Changes changes, Ideas ideas) {
    this.changes = changes;
    this.ideas = IdeaAggregates.of(ideas);
  }

  @Override
  public Either<Rejection, Idea> getIdea(IdeaQuery query) {
    return changes.get(TRIAGE_IDEAS, ideas, query.ideaId(), query.actor(), query);
  }
}
