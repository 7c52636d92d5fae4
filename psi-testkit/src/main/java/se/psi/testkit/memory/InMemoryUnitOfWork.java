package se.psi.testkit.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import se.psi.core.port.out.UnitOfWork;

/**
 * Transactions over in-memory stores: one at a time (serializable), and a failure restores every participating
 * store to its state before the transaction, so nothing is half-written. A nested call joins the outer transaction.
 * Since transactions never overlap, {@link #lock} has nothing to add (one lock holds everything), and reads take the
 * same lock, so they never see a transaction half done.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {

  private final Supplier<? extends List<? extends Transactional>> findParticipants;
  private final ReentrantLock lock = new ReentrantLock();
  /** Guarded by {@link #lock}; found on the first transaction. */
  private List<Transactional> participants;

  public InMemoryUnitOfWork(List<? extends Transactional> participants) {
    this(() -> participants);
  }

  /**
   * For a storage that is still being built when its unit of work is: the participants are looked up on the first
   * transaction, once.
   */
  public InMemoryUnitOfWork(Supplier<? extends List<? extends Transactional>> participants) {
    this.findParticipants = participants;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    lock.lock();
    try {
      if (lock.getHoldCount() > 1) {
        return work.get();
      }
      if (participants == null) {
        participants = List.copyOf(findParticipants.get());
      }
      List<Object> before = new ArrayList<>();
      participants.forEach(store -> before.add(store.snapshot()));
      try {
        return work.get();
      } catch (RuntimeException | Error failure) {
        for (int i = 0; i < participants.size(); i++) {
          participants.get(i).restore(before.get(i));
        }
        throw failure;
      }
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void lock(String type, String id) {
    if (!lock.isHeldByCurrentThread()) {
      throw new IllegalStateException("lock(" + type + ") outside a transaction");
    }
  }

  @Override
  public <T> T reading(Supplier<T> read) {
    lock.lock();
    try {
      return read.get();
    } finally {
      lock.unlock();
    }
  }
}
