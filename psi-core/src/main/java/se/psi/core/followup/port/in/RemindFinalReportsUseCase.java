package se.psi.core.followup.port.in;

import io.vavr.control.Either;
import java.util.List;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.rules.Rejection;

/**
 * GRA-17: the daily job that reminds each grantee whose final report is due a reminder today (from the terms' lead
 * days before the due day, then once per interval until the report arrives) and emits {@code FinalReportReminded}
 * for each, which a host turns into a message. Returns the applications reminded.
 */
public interface RemindFinalReportsUseCase {

  Either<Rejection, List<GrantApplicationId>> remindFinalReports(FinalReportDutiesQuery query);
}
