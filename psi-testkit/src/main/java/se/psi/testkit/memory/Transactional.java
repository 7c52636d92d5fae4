package se.psi.testkit.memory;

/** An in-memory store that takes part in {@link InMemoryUnitOfWork}: it can copy and restore its state. */
public interface Transactional {

  Object snapshot();

  void restore(Object snapshot);
}
