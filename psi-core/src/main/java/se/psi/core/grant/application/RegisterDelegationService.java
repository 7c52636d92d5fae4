package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.MANAGE_DELEGATIONS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.grant.domain.Delegation;
import se.psi.core.grant.domain.DelegationEvent;
import se.psi.core.grant.domain.DelegationId;
import se.psi.core.grant.port.in.RegisterDelegationCommand;
import se.psi.core.grant.port.in.RegisterDelegationUseCase;
import se.psi.core.grant.port.out.Delegations;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Changed;
import se.psi.core.shared.Sek;

/** GRA-5, GRA-14: an administrator registers a delegation to decide grants, with its scope, ceiling and period. */
final class RegisterDelegationService implements RegisterDelegationUseCase {

  private final Changes changes;
  private final Aggregates<Delegation, DelegationId> delegations;

  @Inject
  RegisterDelegationService(Changes changes, Delegations delegations) {
    this.changes = changes;
    this.delegations = GrantAggregates.delegations(delegations);
  }

  @Override
  public Either<Rejection, Delegation> registerDelegation(RegisterDelegationCommand c) {
    return changes.create(MANAGE_DELEGATIONS, delegations, c.actor(), c, Delegation::id, today -> {
      Delegation delegation = Delegation.builder().id(new DelegationId(today.newId())).delegate(c.delegate())
          .position(c.position().strip()).fromCommittee(c.fromCommittee().strip())
          .matter(Delegation.GRANT_DECISIONS).validFrom(c.validFrom())
          .validUntil(Optional.ofNullable(c.validUntil())).schemeYears(c.schemeYears().stream().distinct().sorted()
              .toList()).ceiling(Optional.ofNullable(c.ceilingKronor()).map(Sek::of)).version(1).build();
      return Either.right(Changed.of(delegation, List.of(new DelegationEvent.DelegationRegistered(
          today.eventMeta().get(), delegation.id(), delegation.matter(), delegation.schemeYears(),
          delegation.ceiling().map(Sek::kronor), delegation.validFrom(), delegation.validUntil()))));
    });
  }
}
