package se.psi.adapters.web.json;

import java.util.List;
import java.util.function.Function;
import se.psi.core.shared.Page;

/**
 * One page of a listing: its items, how many come before it, the page size asked for, the total and whether it is
 * exact (a large listing is counted only some way past the page, see {@link Page#COUNT_HORIZON}).
 */
public record PageJson<T>(List<T> items, int offset, int limit, long total, boolean totalExact) {

  public static <S, T> PageJson<T> of(Page<S> page, Function<? super S, ? extends T> mapper) {
    return new PageJson<>(page.items().stream().<T>map(mapper).toList(), page.offset(), page.limit(), page.total(),
        page.totalExact());
  }
}
