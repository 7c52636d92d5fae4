package se.psi.core.rulesets.port.in;

import java.time.LocalDate;

/**
 * Today's date as the core dates its decisions: from the core's clock, in its zone. For a host's defaults (this
 * year's meetings, this year's grant decisions) that must agree with the day the rules are applied on. Public.
 */
public interface GetTodayUseCase {

  LocalDate today();
}
