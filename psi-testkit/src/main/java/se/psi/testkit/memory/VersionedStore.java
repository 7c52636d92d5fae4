package se.psi.testkit.memory;

import io.vavr.collection.HashMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import se.psi.core.port.out.StaleVersionException;

/**
 * Aggregates by id with optimistic locking, as every repository port's contract asks: version 1 is stored only as
 * new, version n only over version n-1; anything else throws {@link StaleVersionException}.
 *
 * <p>The rows are persistent (immutable, structurally shared) maps, so a transaction's snapshot is a reference and a
 * rollback puts it back: a change costs the same with a million aggregates stored as with ten. Aggregates are listed
 * in the order they were first stored.
 */
public final class VersionedStore<K, V> implements Transactional {

  /** The rows at one moment: each key's place in storage order, and the aggregates in that order. */
  private record Rows<K, V>(HashMap<K, Long> places, TreeMap<Long, V> inOrder) {}

  private final String type;
  private final Function<V, K> id;
  private final ToLongFunction<V> version;
  private Rows<K, V> rows = new Rows<>(HashMap.empty(), TreeMap.empty());
  private long nextPlace;

  public VersionedStore(String type, Function<V, K> id, ToLongFunction<V> version) {
    this.type = type;
    this.id = id;
    this.version = version;
  }

  public synchronized Option<V> find(K key) {
    return rows.places().get(key).flatMap(rows.inOrder()::get);
  }

  public synchronized List<V> all() {
    return rows.inOrder().values().toJavaList();
  }

  public synchronized void save(V aggregate) {
    K key = id.apply(aggregate);
    long next = version.applyAsLong(aggregate);
    Option<Long> place = rows.places().get(key);
    long current = place.flatMap(rows.inOrder()::get).map(version::applyAsLong).getOrElse(0L);
    if (next != current + 1) {
      throw new StaleVersionException(type, String.valueOf(key), next - 1);
    }
    long at = place.getOrElse(() -> nextPlace++);
    // A new version keeps its aggregate's place, so only a new aggregate adds to the places.
    rows = new Rows<>(place.isDefined() ? rows.places() : rows.places().put(key, at),
        rows.inOrder().put(at, aggregate));
  }

  @Override
  public synchronized Object snapshot() {
    return rows;
  }

  @Override
  @SuppressWarnings("unchecked")
  public synchronized void restore(Object snapshot) {
    rows = (Rows<K, V>) snapshot;
  }
}
