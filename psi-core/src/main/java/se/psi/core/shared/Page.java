package se.psi.core.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a listing.
 *
 * @param items the items on this page
 * @param offset how many items come before this page
 * @param limit the page size asked for
 * @param total how many items the whole listing has
 */
public record Page<T>(List<T> items, int offset, int limit, long total) {

  public Page {
    items = List.copyOf(items);
  }

  public <U> Page<U> map(Function<? super T, ? extends U> mapper) {
    return new Page<>(items.stream().<U>map(mapper).toList(), offset, limit, total);
  }
}
