package se.psi.core.grant.port.out;

import java.time.LocalDate;
import se.psi.core.grant.domain.CaseNumber;
import se.psi.core.grant.domain.GrantApplicationId;

/**
 * Driven port: the authority's records system (diarium), which gives a case its number when it arrives (GRA-9).
 *
 * <p>It is called inside the unit of work of the change that registers the case: a change that is refused or fails
 * afterwards rolls back, and a registry that takes part in the transaction gives the number back, so numbers have no
 * gaps. The library's registries (JDBC and in-memory) number per year of arrival, {@code PSI 2026/0001} onwards,
 * unique and gap-free under concurrency, also with several servers over one database. psi-testkit's
 * {@code CaseRegistryContract} is the contract every implementation runs.
 */
public interface CaseRegistry {

  /** What the records system is told of an arriving case. */
  record Arrival(GrantApplicationId applicationId, LocalDate arrivedOn, String title) {}

  /** Registers the arriving case and answers its case number. */
  CaseNumber register(Arrival arrival);
}
