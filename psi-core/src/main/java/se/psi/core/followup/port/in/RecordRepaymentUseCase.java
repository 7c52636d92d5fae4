package se.psi.core.followup.port.in;

import io.vavr.control.Either;
import se.psi.core.followup.domain.GrantFollowUp;
import se.psi.core.rules.Rejection;

/** GRA-17: a claim was repaid; the scheme's figures count it. */
public interface RecordRepaymentUseCase {

  Either<Rejection, GrantFollowUp> recordRepayment(RecordRepaymentCommand command);
}
