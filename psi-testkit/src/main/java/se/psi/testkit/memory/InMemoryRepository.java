package se.psi.testkit.memory;

import java.util.function.Function;
import java.util.function.ToLongFunction;

/** Base of the in-memory repositories: a {@link VersionedStore} that takes part in transactions. */
abstract class InMemoryRepository<K, V> implements Transactional {

  protected final VersionedStore<K, V> store;

  InMemoryRepository(String type, Function<V, K> id, ToLongFunction<V> version) {
    this.store = new VersionedStore<>(type, id, version);
  }

  @Override
  public Object snapshot() {
    return store.snapshot();
  }

  @Override
  public void restore(Object snapshot) {
    store.restore(snapshot);
  }
}
