package se.psi.testkit.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import se.psi.core.port.out.UnitOfWork;

/**
 * Transactions over in-memory stores: one at a time (serializable), and a failure restores every participating
 * store to its state before the transaction, so nothing is half-written. A nested call joins the outer transaction.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {

  private final List<Transactional> participants;
  private final ReentrantLock lock = new ReentrantLock();

  public InMemoryUnitOfWork(List<? extends Transactional> participants) {
    this.participants = List.copyOf(participants);
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    lock.lock();
    try {
      if (lock.getHoldCount() > 1) {
        return work.get();
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
}
