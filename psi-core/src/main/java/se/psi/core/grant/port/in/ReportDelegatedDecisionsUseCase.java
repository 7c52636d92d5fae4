package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import java.util.List;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.rules.Rejection;

/** Anmälan av delegationsbeslut: the decisions taken on delegation in a period. */
public interface ReportDelegatedDecisionsUseCase {

  Either<Rejection, List<GrantApplication>> reportDelegatedDecisions(GrantPeriodQuery query);
}
