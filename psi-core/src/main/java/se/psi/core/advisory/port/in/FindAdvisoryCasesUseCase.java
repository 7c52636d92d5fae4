package se.psi.core.advisory.port.in;

import io.vavr.control.Either;
import java.util.List;
import se.psi.core.advisory.domain.AdvisoryCase;
import se.psi.core.rules.Rejection;

/** The cases, newest first; referrals in and out are on each case (ADV-3). */
public interface FindAdvisoryCasesUseCase {

  Either<Rejection, List<AdvisoryCase>> findAdvisoryCases(FindAdvisoryCasesQuery query);
}
