package se.psi.core.application;

import java.util.List;
import java.util.Objects;
import se.psi.core.shared.DomainEvent;

/**
 * What an accepted command did: its result for the caller, the resource it changed and the events it caused.
 *
 * @param <R> the result type
 */
public record Change<R>(R result, String resourceId, List<DomainEvent> events) {

  public Change {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(resourceId, "resourceId");
    events = List.copyOf(events);
  }

  public static <R> Change<R> of(R result, String resourceId, List<? extends DomainEvent> events) {
    return new Change<>(result, resourceId, List.copyOf(events));
  }
}
