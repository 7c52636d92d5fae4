package se.psi.core.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an aggregate's change returns: its new state (with its new version) and the events the change caused.
 *
 * @param <A> the aggregate type
 */
public record Changed<A>(A aggregate, List<DomainEvent> events) {

  public Changed {
    Objects.requireNonNull(aggregate, "aggregate");
    events = List.copyOf(events);
  }

  public static <A> Changed<A> of(A aggregate, List<? extends DomainEvent> events) {
    return new Changed<>(aggregate, List.copyOf(events));
  }

  /** This change followed by {@code next}, made on its result: the state after both, the events of both in order. */
  public Changed<A> followedBy(Changed<A> next) {
    List<DomainEvent> all = new ArrayList<>(events);
    all.addAll(next.events());
    return new Changed<>(next.aggregate(), all);
  }

  /** A change that changed nothing: the same aggregate, no events. */
  public static <A> Changed<A> none(A aggregate) {
    return new Changed<>(aggregate, List.of());
  }
}
