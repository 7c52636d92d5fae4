package se.psi.core.advisory.application;

import static se.psi.core.advisory.port.in.AdvisoryPermissions.READ_ADVISORY_CASES;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.advisory.domain.AdvisoryCase;
import se.psi.core.advisory.domain.AdvisoryCaseId;
import se.psi.core.advisory.port.in.AdvisoryCaseQuery;
import se.psi.core.advisory.port.in.GetAdvisoryCaseUseCase;
import se.psi.core.advisory.port.out.AdvisoryCases;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.rules.Rejection;

/** One advisory case, for those who may read the cases. */
final class GetAdvisoryCaseService implements GetAdvisoryCaseUseCase {

  private final Changes changes;
  private final Aggregates<AdvisoryCase, AdvisoryCaseId> cases;

  @Inject
  GetAdvisoryCaseService(Changes changes, AdvisoryCases cases) {
    this.changes = changes;
    this.cases = AdvisoryCaseAggregates.of(cases);
  }

  @Override
  public Either<Rejection, AdvisoryCase> getAdvisoryCase(AdvisoryCaseQuery query) {
    return changes.get(READ_ADVISORY_CASES, cases, query.caseId(), query.actor(), query);
  }
}
