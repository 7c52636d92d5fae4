package se.psi.core.advisory.port.in;

import io.vavr.control.Either;
import se.psi.core.advisory.domain.AdvisoryCase;
import se.psi.core.rules.Rejection;

/**
 * ADV-1: opened for civil society and social economy only, member or not; refused with the reason otherwise. A case
 * opened from an idea triaged to advice is pointed to by the idea's triage (IDE-2, ADV-3).
 */
public interface OpenAdvisoryCaseUseCase {

  Either<Rejection, AdvisoryCase> openAdvisoryCase(OpenAdvisoryCaseCommand command);
}
