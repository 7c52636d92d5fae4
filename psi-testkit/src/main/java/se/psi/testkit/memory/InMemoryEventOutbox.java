package se.psi.testkit.memory;

import java.util.ArrayList;
import java.util.List;
import se.psi.core.shared.DomainEvent;
import se.psi.core.port.out.EventOutbox;

/** {@link EventOutbox} in memory: the events of committed changes, in commit order. */
public final class InMemoryEventOutbox implements EventOutbox, Transactional {

  // Only appended to, so a transaction's snapshot is the length and a rollback cuts back to it: O(1) at any size.
  private final List<DomainEvent> events = new ArrayList<>();

  @Override
  public synchronized void append(DomainEvent event) {
    events.add(event);
  }

  /** Every event written, oldest first. */
  public synchronized List<DomainEvent> events() {
    return List.copyOf(events);
  }

  /** The events of one type, oldest first. */
  public synchronized <E extends DomainEvent> List<E> events(Class<E> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Override
  public synchronized Object snapshot() {
    return events.size();
  }

  @Override
  public synchronized void restore(Object snapshot) {
    events.subList((Integer) snapshot, events.size()).clear();
  }
}
