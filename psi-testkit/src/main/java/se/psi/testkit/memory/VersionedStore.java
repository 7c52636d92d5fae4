package se.psi.testkit.memory;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import se.psi.core.usecase.StaleVersionException;

/**
 * Aggregates by id with optimistic locking, as every repository port's contract asks: version 1 is stored only as
 * new, version n only over version n-1; anything else throws {@link StaleVersionException}.
 */
public final class VersionedStore<K, V> implements Transactional {

  private final String type;
  private final Function<V, K> id;
  private final ToLongFunction<V> version;
  private Map<K, V> rows = new LinkedHashMap<>();

  public VersionedStore(String type, Function<V, K> id, ToLongFunction<V> version) {
    this.type = type;
    this.id = id;
    this.version = version;
  }

  public synchronized Option<V> find(K key) {
    return Option.of(rows.get(key));
  }

  public synchronized List<V> all() {
    return new ArrayList<>(rows.values());
  }

  public synchronized void save(V aggregate) {
    K key = id.apply(aggregate);
    long next = version.applyAsLong(aggregate);
    V stored = rows.get(key);
    long current = stored == null ? 0 : version.applyAsLong(stored);
    if (next != current + 1) {
      throw new StaleVersionException(type, String.valueOf(key), next - 1);
    }
    rows.put(key, aggregate);
  }

  @Override
  public synchronized Object snapshot() {
    return new LinkedHashMap<>(rows);
  }

  @Override
  @SuppressWarnings("unchecked")
  public synchronized void restore(Object snapshot) {
    rows = new LinkedHashMap<>((Map<K, V>) snapshot);
  }
}
