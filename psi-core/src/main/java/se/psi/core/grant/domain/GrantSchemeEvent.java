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

  /**
   * GRA-11, GRA-12: a scheme setting (appeal route and time, the periods of prompt handling) takes effect on
   * {@code validFrom}; decisions from that day carry it. Its texts are in the setting itself.
   */
  record SchemeSettingAdded(EventMeta meta, java.time.LocalDate validFrom, String appealRoute, int appealWithinWeeks,
      int undecidedAfterMonths, int requestAnsweredWithinWeeks) implements GrantSchemeEvent {

    @Override
    public int year() {
      return validFrom.getYear();
    }

    @Override
    public String aggregateType() {
      return SchemeSetting.TYPE;
    }

    @Override
    public String aggregateId() {
      return validFrom.toString();
    }
  }

  /** GRA-1: the scheme of {@code year} opened with its appropriation and the amounts an application may ask for. */
  record GrantSchemeOpened(EventMeta meta, int year, long appropriationKronor, long minimumKronor,
      long maximumKronor) implements GrantSchemeEvent {}
}
