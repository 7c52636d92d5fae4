package se.psi.core.idea.application;

import static se.psi.core.idea.port.in.IdeaPermissions.TRIAGE_IDEAS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import se.psi.core.application.UseCaseBoundary;
import se.psi.core.idea.domain.Idea;
import se.psi.core.idea.port.in.FindIdeasQuery;
import se.psi.core.idea.port.in.FindIdeasUseCase;
import se.psi.core.idea.port.out.Ideas;
import se.psi.core.rules.Rejection;

/** Every idea, for those who triage them. */
final class FindIdeasService implements FindIdeasUseCase {

  private final UseCaseBoundary boundary;
  private final Ideas ideas;

  @Inject
  FindIdeasService(UseCaseBoundary boundary, Ideas ideas) {
    this.boundary = boundary;
    this.ideas = ideas;
  }

  @Override
  public Either<Rejection, List<Idea>> findIdeas(FindIdeasQuery query) {
    return boundary.query(query, q -> TRIAGE_IDEAS.check(q.actor()).map(ok -> ideas.all()));
  }
}
