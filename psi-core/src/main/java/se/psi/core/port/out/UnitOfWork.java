package se.psi.core.port.out;

import java.util.function.Supplier;

/**
 * Driven port: runs a use case's changes as one transaction. The work commits when it returns and rolls back when
 * it throws, so a failure leaves nothing half-written. Storage adapters implement it (a JDBC transaction; a
 * snapshot of in-memory state).
 *
 * <p>Concurrency is part of the contract (psi-testkit's {@code UnitOfWorkContract} and
 * {@code CrossAggregateRacesContract}): {@link #lock} serialises the units of work that name one aggregate, across
 * every process sharing the storage, and {@link #reading} sees one consistent state. The change skeleton locks the
 * aggregate it changes before it reads it, and a rule that spans aggregates locks the one its invariant lives in, so
 * a rule checked in a unit of work still holds when it commits.
 */
public interface UnitOfWork {

  <T> T inTransaction(Supplier<T> work);

  /**
   * Holds the aggregate of kind {@code type} named {@code id} for the rest of the current unit of work: until it
   * commits or rolls back, another unit of work that locks the same aggregate waits, in this process or any other
   * sharing the storage. Whatever is read after the lock is at least as new as the last change of that aggregate
   * committed by a unit of work that locked it. Taking the same lock twice in one unit of work is allowed. Called
   * only inside {@link #inTransaction}. A storage may hold more than asked (several aggregates behind one lock, or
   * one lock for everything, as the in-memory storage does); a wait it gives up on is a
   * {@link TransactionConflictException}.
   */
  void lock(String type, String id);

  /**
   * Runs reads that see one consistent state of the storage (an aggregate read in several statements never mixes
   * two of its versions). The default runs them as a transaction, which is enough for a storage whose transactions
   * see a snapshot; a storage that reads committed data statement by statement (JDBC's default) says otherwise.
   */
  default <T> T reading(Supplier<T> read) {
    return inTransaction(read);
  }
}
