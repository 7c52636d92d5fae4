package se.psi.core.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a listing.
 *
 * <p>Counting every match of a large listing costs time in proportion to its size, so a port needs to count only
 * {@link #COUNT_HORIZON} matches past the page's end: up to there {@code total} is exact, beyond it {@code total}
 * is a lower bound and {@code totalExact} is false. A page therefore costs the same with a thousand rows stored as
 * with a million.
 *
 * @param items the items on this page
 * @param offset how many items come before this page
 * @param limit the page size asked for
 * @param total how many items the whole listing has; when {@code totalExact} is false, at least this many
 * @param totalExact whether {@code total} is the exact count
 */
public record Page<T>(List<T> items, int offset, int limit, long total, boolean totalExact) {

  /** How many matches past a page's end a port counts before it may stop counting. */
  public static final int COUNT_HORIZON = 200;

  public Page {
    items = List.copyOf(items);
  }

  /** A page of a listing counted in full. */
  public static <T> Page<T> exact(List<T> items, int offset, int limit, long total) {
    return new Page<>(items, offset, limit, total, true);
  }

  /**
   * A page of a listing whose count stopped at {@link #countLimit}: a count that reached it is a lower bound.
   *
   * @param counted the matches counted, at most {@code countLimit(offset, limit)}
   */
  public static <T> Page<T> counted(List<T> items, int offset, int limit, long counted) {
    return new Page<>(items, offset, limit, counted, counted < countLimit(offset, limit));
  }

  /** How many matches a port counts at most for a page: to the page's end and {@link #COUNT_HORIZON} beyond. */
  public static long countLimit(int offset, int limit) {
    return (long) offset + limit + COUNT_HORIZON;
  }

  /** Whether items come after this page. */
  public boolean hasMore() {
    return total > (long) offset + items.size();
  }

  public <U> Page<U> map(Function<? super T, ? extends U> mapper) {
    return new Page<>(items.stream().<U>map(mapper).toList(), offset, limit, total, totalExact);
  }
}
