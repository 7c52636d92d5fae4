package se.psi.core.advisory.port.in;

import io.vavr.control.Either;
import se.psi.core.advisory.domain.AdvisoryCase;
import se.psi.core.rules.Rejection;

/** One advisory case, for those who may read the cases. */
public interface GetAdvisoryCaseUseCase {

  Either<Rejection, AdvisoryCase> getAdvisoryCase(AdvisoryCaseQuery query);
}
