package se.psi.core.advisory.port.in;

import io.vavr.control.Either;
import se.psi.core.advisory.domain.AdvisoryCase;
import se.psi.core.rules.Rejection;

/** ADV-2: advice given, a referral (to whom and why), a recommendation to apply, or the project bank. */
public interface RecordAdvisoryOutcomeUseCase {

  Either<Rejection, AdvisoryCase> recordAdvisoryOutcome(RecordAdvisoryOutcomeCommand command);
}
