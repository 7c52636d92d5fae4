package se.psi.core.grant.domain;

import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;

/** What happens to a scheme year's grant scheme: its figures, never who applied. */
public sealed interface GrantSchemeEvent extends DomainEvent {

  int year();

  @Override
  default String aggregateType() {
    return GrantScheme.TYPE;
  }

  @Override
  default String aggregateId() {
    return Integer.toString(year());
  }

  /** GRA-1: the scheme of {@code year} opened with its appropriation and the amounts an application may ask for. */
  record GrantSchemeOpened(EventMeta meta, int year, long appropriationKronor, long minimumKronor,
      long maximumKronor) implements GrantSchemeEvent {}
}
