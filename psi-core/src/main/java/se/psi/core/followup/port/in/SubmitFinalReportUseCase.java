package se.psi.core.followup.port.in;

import io.vavr.control.Either;
import se.psi.core.followup.domain.GrantFollowUp;
import se.psi.core.rules.Rejection;

/** GRA-17: the final report, its money and co-financing checked against the grant. */
public interface SubmitFinalReportUseCase {

  Either<Rejection, GrantFollowUp> submitFinalReport(SubmitFinalReportCommand command);
}
