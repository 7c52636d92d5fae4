package se.psi.core.grant.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;

/** What happens to a delegation to decide grants (GRA-5, GRA-14): ids and facts only. */
public sealed interface DelegationEvent extends DomainEvent {

  DelegationId delegationId();

  @Override
  default String aggregateType() {
    return Delegation.TYPE;
  }

  @Override
  default String aggregateId() {
    return delegationId().toString();
  }

  /** GRA-14: a delegation was registered, with its scope, ceiling and period. */
  record DelegationRegistered(EventMeta meta, DelegationId delegationId, String matter, List<Integer> schemeYears,
      Optional<Long> ceilingKronor, LocalDate validFrom, Optional<LocalDate> validUntil) implements DelegationEvent {
    public DelegationRegistered {
      schemeYears = List.copyOf(schemeYears);
    }
  }

  /** GRA-14: a delegation was revoked; from {@code revokedOn} no decision rests on it. */
  record DelegationRevoked(EventMeta meta, DelegationId delegationId, LocalDate revokedOn)
      implements DelegationEvent {}
}
