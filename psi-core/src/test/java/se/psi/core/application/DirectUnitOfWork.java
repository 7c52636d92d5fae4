package se.psi.core.application;

import java.util.function.Supplier;
import se.psi.core.port.out.UnitOfWork;

/** Runs the work as it comes: the kernel's tests store nothing, so there is nothing to roll back. */
final class DirectUnitOfWork implements UnitOfWork {

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  /** Holds nothing: nothing runs beside these tests' changes. */
  @Override
  public void lock(String type, String id) {}
}
