package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.FIND_DELEGATIONS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import se.psi.core.application.UseCaseBoundary;
import se.psi.core.grant.domain.Delegation;
import se.psi.core.grant.port.in.FindDelegationsUseCase;
import se.psi.core.grant.port.in.GrantRegisterQuery;
import se.psi.core.grant.port.out.Delegations;
import se.psi.core.rules.Rejection;

/** GRA-14: the delegation register, in force or not, in the order the port keeps it (by first day). */
final class FindDelegationsService implements FindDelegationsUseCase {

  private final UseCaseBoundary boundary;
  private final Delegations delegations;

  @Inject
  FindDelegationsService(UseCaseBoundary boundary, Delegations delegations) {
    this.boundary = boundary;
    this.delegations = delegations;
  }

  @Override
  public Either<Rejection, List<Delegation>> findDelegations(GrantRegisterQuery query) {
    return boundary.query(query, q -> FIND_DELEGATIONS.check(q.actor()).map(ok -> delegations.all()));
  }
}
