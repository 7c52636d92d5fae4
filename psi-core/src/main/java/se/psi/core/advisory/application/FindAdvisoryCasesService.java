package se.psi.core.advisory.application;

import static se.psi.core.advisory.port.in.AdvisoryPermissions.READ_ADVISORY_CASES;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import se.psi.core.advisory.domain.AdvisoryCase;
import se.psi.core.advisory.port.in.FindAdvisoryCasesQuery;
import se.psi.core.advisory.port.in.FindAdvisoryCasesUseCase;
import se.psi.core.advisory.port.out.AdvisoryCases;
import se.psi.core.application.UseCaseBoundary;
import se.psi.core.rules.Rejection;

/** Every advisory case, newest first. */
final class FindAdvisoryCasesService implements FindAdvisoryCasesUseCase {

  private final UseCaseBoundary boundary;
  private final AdvisoryCases cases;

  @Inject
  FindAdvisoryCasesService(UseCaseBoundary boundary, AdvisoryCases cases) {
    this.boundary = boundary;
    this.cases = cases;
  }

  @Override
  public Either<Rejection, List<AdvisoryCase>> findAdvisoryCases(FindAdvisoryCasesQuery query) {
    return boundary.query(query, q -> READ_ADVISORY_CASES.check(q.actor()).map(ok -> cases.all()));
  }
}
