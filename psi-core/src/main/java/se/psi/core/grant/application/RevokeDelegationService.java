package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.REVOKE_DELEGATION;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.grant.domain.Delegation;
import se.psi.core.grant.domain.DelegationId;
import se.psi.core.grant.port.in.RevokeDelegationCommand;
import se.psi.core.grant.port.in.RevokeDelegationUseCase;
import se.psi.core.grant.port.out.Delegations;
import se.psi.core.rules.Rejection;

/** GRA-14: an administrator revokes a delegation; no decision rests on it from the day given. */
final class RevokeDelegationService implements RevokeDelegationUseCase {

  private final Changes changes;
  private final Aggregates<Delegation, DelegationId> delegations;

  @Inject
  RevokeDelegationService(Changes changes, Delegations delegations) {
    this.changes = changes;
    this.delegations = GrantAggregates.delegations(delegations);
  }

  @Override
  public Either<Rejection, Delegation> revokeDelegation(RevokeDelegationCommand c) {
    return changes.change(REVOKE_DELEGATION, delegations, c.delegationId(), c.expectedVersion(), c.actor(), c,
        (delegation, today) -> delegation.revoke(c.revokedOn(), c.reason().strip(), today.eventMeta()));
  }
}
