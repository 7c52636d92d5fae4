package se.psi.core.idea.application;

import static se.psi.core.idea.port.in.IdeaPermissions.FOLLOW_IDEA;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.application.Found;
import se.psi.core.application.UseCaseBoundary;
import se.psi.core.idea.port.in.FollowIdeaQuery;
import se.psi.core.idea.port.in.FollowIdeaUseCase;
import se.psi.core.idea.port.in.IdeaStatus;
import se.psi.core.idea.port.out.Ideas;
import se.psi.core.rules.Rejection;

/** IDE-1: the receipt finds the idea; the answer carries no personal data. */
final class FollowIdeaService implements FollowIdeaUseCase {

  private final UseCaseBoundary boundary;
  private final Ideas ideas;

  @Inject
  FollowIdeaService(UseCaseBoundary boundary, Ideas ideas) {
    this.boundary = boundary;
    this.ideas = ideas;
  }

  @Override
  public Either<Rejection, IdeaStatus> followIdea(FollowIdeaQuery query) {
    return boundary.query(query, q -> FOLLOW_IDEA.check(q.actor())
        .flatMap(ok -> Found.orNotFound(ideas.findByReceipt(q.receipt().strip()), IdeaAggregates.TYPE, "receipt"))
        .map(idea -> new IdeaStatus(idea.receipt(), idea.submittedOn(), idea.triage())));
  }
}
