package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import se.psi.core.grant.domain.WorklistItem;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Page;

/**
 * The grant worklists, each a page of cases with their number, title, status, arrival, age in days and GRA-11's flag
 * for a case undecided six months after it arrived.
 */
public interface FindGrantWorklistsUseCase {

  /** The handling group's queue (GRA-4): arrived cases being handled, by status and age. */
  Either<Rejection, Page<WorklistItem>> handlingQueue(HandlingQueueQuery query);

  /** The decider's queue (GRA-5): proposals ready for decision. */
  Either<Rejection, Page<WorklistItem>> decisionQueue(DecisionQueueQuery query);

  /** An applicant's own applications and drafts. */
  Either<Rejection, Page<WorklistItem>> ownApplications(OwnGrantApplicationsQuery query);
}
