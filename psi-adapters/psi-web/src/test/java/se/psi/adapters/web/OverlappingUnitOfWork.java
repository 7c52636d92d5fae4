package se.psi.adapters.web;

import java.util.function.Supplier;
import se.psi.core.port.out.UnitOfWork;

/**
 * Lets transactions overlap, as a database's do: the in-memory one runs them one at a time, so no save could ever
 * meet another. A failed save writes nothing, so there is nothing to roll back here.
 */
final class OverlappingUnitOfWork implements UnitOfWork {
  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  /** Holds nothing: letting changes overlap is the point. */
  @Override
  public void lock(String type, String id) {}
}
