package se.psi.core.port.out;

import java.util.function.Supplier;

/**
 * Driven port: runs a use case's changes as one transaction. The work commits when it returns and rolls back when
 * it throws, so a failure leaves nothing half-written. Storage adapters implement it (a JDBC transaction; a
 * snapshot of in-memory state).
 */
public interface UnitOfWork {

  <T> T inTransaction(Supplier<T> work);
}
