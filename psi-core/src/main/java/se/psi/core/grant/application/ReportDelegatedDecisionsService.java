package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.REPORT_DELEGATED_DECISIONS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import se.psi.core.application.UseCaseBoundary;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.port.in.GrantPeriodQuery;
import se.psi.core.grant.port.in.ReportDelegatedDecisionsUseCase;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.rules.Rejection;

/** Anmälan av delegationsbeslut: the decisions taken on delegation in a period, by decision date. */
final class ReportDelegatedDecisionsService implements ReportDelegatedDecisionsUseCase {

  private final UseCaseBoundary boundary;
  private final GrantApplications applications;

  @Inject
  ReportDelegatedDecisionsService(UseCaseBoundary boundary, GrantApplications applications) {
    this.boundary = boundary;
    this.applications = applications;
  }

  @Override
  public Either<Rejection, List<GrantApplication>> reportDelegatedDecisions(GrantPeriodQuery query) {
    return boundary.query(query, q -> REPORT_DELEGATED_DECISIONS.check(q.actor())
        .map(ok -> applications.decidedBetween(q.from(), q.to())));
  }
}
