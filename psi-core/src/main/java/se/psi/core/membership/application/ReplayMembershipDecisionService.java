package se.psi.core.membership.application;

import static se.psi.core.membership.port.in.MembershipPermissions.REPLAY_MEMBERSHIP_DECISION;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.application.UseCaseBoundary;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.MembershipDecision;
import se.psi.core.membership.domain.MembershipRules;
import se.psi.core.membership.port.in.ReplayMembershipDecisionQuery;
import se.psi.core.membership.port.in.ReplayMembershipDecisionUseCase;
import se.psi.core.membership.port.out.MembershipApplications;
import se.psi.core.rules.Rejection;
import se.psi.core.rules.Replay;

final class ReplayMembershipDecisionService implements ReplayMembershipDecisionUseCase {

  static final String DECISION_TYPE = "MembershipDecision";

  private final UseCaseBoundary boundary;
  private final MembershipApplications applications;

  @Inject
  ReplayMembershipDecisionService(UseCaseBoundary boundary, MembershipApplications applications) {
    this.boundary = boundary;
    this.applications = applications;
  }

  @Override
  public Either<Rejection, Replay> replayMembershipDecision(ReplayMembershipDecisionQuery query) {
    return boundary.query(query, q -> Applications.visibleTo(applications, q.applicationId(), q.actor(),
        REPLAY_MEMBERSHIP_DECISION).flatMap(application -> numbered(application, q.decision())).flatMap(this::replay));
  }

  private static Either<Rejection, MembershipDecision> numbered(MembershipApplication application, int number) {
    return number <= application.decisions().size()
        ? Either.right(application.decisions().get(number - 1))
        : Either.left(new Rejection.NotFound(DECISION_TYPE, application.id() + "/" + number));
  }

  /** From the receipt alone: the application as it stands now may have been completed since. */
  private Either<Rejection, Replay> replay(MembershipDecision decision) {
    return decision.receipt().<Either<Rejection, Replay>>map(receipt -> Either.right(
        MembershipRules.DECISION.replay(receipt)))
        .orElseGet(() -> Either.left(new Rejection.IllegalState(DECISION_TYPE, decision.decidedOn().toString(),
            "NO_RECEIPT", "replay.noReceipt")));
  }
}
