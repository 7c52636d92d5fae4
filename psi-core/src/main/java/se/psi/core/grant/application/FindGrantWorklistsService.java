package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.READ_DECISION_QUEUE;
import static se.psi.core.grant.port.in.GrantPermissions.READ_HANDLING_QUEUE;
import static se.psi.core.grant.port.in.GrantPermissions.READ_OWN_GRANT_APPLICATIONS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import se.psi.core.application.Today;
import se.psi.core.application.UseCaseBoundary;
import se.psi.core.grant.domain.GrantStatus;
import se.psi.core.grant.domain.WorklistItem;
import se.psi.core.grant.port.in.DecisionQueueQuery;
import se.psi.core.grant.port.in.FindGrantWorklistsUseCase;
import se.psi.core.grant.port.in.HandlingQueueQuery;
import se.psi.core.grant.port.in.OwnGrantApplicationsQuery;
import se.psi.core.grant.port.out.CaseFilter;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Page;
import se.psi.core.shared.Violation;

/** The grant worklists, read as summaries from an index in the listing's order: a page costs the same at any size. */
final class FindGrantWorklistsService implements FindGrantWorklistsUseCase {

  /** What the handling group works on: arrived, and not yet with a proposal. */
  static final Set<GrantStatus> BEING_HANDLED = EnumSet.of(GrantStatus.SUBMITTED, GrantStatus.IN_ASSESSMENT,
      GrantStatus.COMPLETION_REQUESTED);

  private final UseCaseBoundary boundary;
  private final GrantApplications applications;
  private final Today today;

  @Inject
  FindGrantWorklistsService(UseCaseBoundary boundary, GrantApplications applications, Today today) {
    this.boundary = boundary;
    this.applications = applications;
    this.today = today;
  }

  @Override
  public Either<Rejection, Page<WorklistItem>> handlingQueue(HandlingQueueQuery query) {
    return boundary.query(query, q -> READ_HANDLING_QUEUE.check(q.actor()).flatMap(actor -> handledStatuses(q))
        .map(statuses -> {
          LocalDate day = today.date();
          return items(new CaseFilter(statuses, Optional.empty(), Optional.ofNullable(q.olderThanDays())
              .map(day::minusDays), q.offset(), q.limit()), day);
        }));
  }

  @Override
  public Either<Rejection, Page<WorklistItem>> decisionQueue(DecisionQueueQuery query) {
    return boundary.query(query, q -> READ_DECISION_QUEUE.check(q.actor()).map(actor -> items(new CaseFilter(
        Set.of(GrantStatus.PROPOSAL_DRAFTED), Optional.empty(), Optional.empty(), q.offset(), q.limit()),
        today.date())));
  }

  @Override
  public Either<Rejection, Page<WorklistItem>> ownApplications(OwnGrantApplicationsQuery query) {
    return boundary.query(query, q -> {
      OrganisationNumber applicant = OrganisationNumber.of(q.organisationNumber());
      return READ_OWN_GRANT_APPLICATIONS.check(q.actor(), Optional.of(applicant)).map(actor -> items(new CaseFilter(
          EnumSet.allOf(GrantStatus.class), Optional.of(applicant), Optional.empty(), q.offset(), q.limit()),
          today.date()));
    });
  }

  private Page<WorklistItem> items(CaseFilter filter, LocalDate day) {
    return applications.cases(filter).map(grantCase -> WorklistItem.on(grantCase, day));
  }

  /** The handling queue shows only what the handling group works on; another status is named as the problem. */
  private static Either<Rejection, Set<GrantStatus>> handledStatuses(HandlingQueueQuery q) {
    if (q.status() == null) {
      return Either.right(BEING_HANDLED);
    }
    return BEING_HANDLED.contains(q.status()) ? Either.right(Set.of(q.status()))
        : Either.left(new Rejection.InvalidInput(java.util.List.of(Violation.of("GRA-4", "status",
            "grant.worklist.notHandled", q.status()))));
  }
}
