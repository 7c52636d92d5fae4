package se.psi.testkit.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import se.psi.core.outbox.OutboxReader;
import se.psi.core.outbox.OutboxRecord;
import se.psi.core.port.out.EventOutbox;
import se.psi.core.shared.DomainEvent;

/**
 * {@link EventOutbox} in memory: the events of committed changes, in commit order, and the {@link OutboxReader} a
 * relay publishes them from. An event's position is its place in that order, counted from 1.
 */
public final class InMemoryEventOutbox implements EventOutbox, OutboxReader, Transactional {

  // Only appended to, so a transaction's snapshot is the length and a rollback cuts back to it: O(1) at any size.
  private final List<DomainEvent> events = new ArrayList<>();
  // By position: when each was published, and which of those retention has deleted (they stay in events()).
  private final Map<Long, Instant> published = new HashMap<>();
  private final Set<Long> deleted = new HashSet<>();
  private final Function<DomainEvent, String> format;

  /** An outbox whose records carry a small JSON of the event's identity: id, type and aggregate. */
  public InMemoryEventOutbox() {
    this(InMemoryEventOutbox::identity);
  }

  /** An outbox whose records carry the event as {@code format} writes it (psi-events' {@code EventJson::write}). */
  public InMemoryEventOutbox(Function<DomainEvent, String> format) {
    this.format = format;
  }

  @Override
  public synchronized void append(DomainEvent event) {
    events.add(event);
  }

  /** Every event written, oldest first, published or not. */
  public synchronized List<DomainEvent> events() {
    return List.copyOf(events);
  }

  /** The events of one type, oldest first. */
  public synchronized <E extends DomainEvent> List<E> events(Class<E> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Override
  public synchronized List<OutboxRecord> unpublished(int limit) {
    List<OutboxRecord> records = new ArrayList<>();
    for (int i = 0; i < events.size() && records.size() < limit; i++) {
      long position = i + 1L;
      if (!published.containsKey(position)) {
        DomainEvent event = events.get(i);
        records.add(new OutboxRecord(position, event.eventId(), event.aggregateType(), event.aggregateId(),
            event.type(), format.apply(event), event.occurredAt(), Optional.empty()));
      }
    }
    return records;
  }

  @Override
  public synchronized void markPublished(Collection<Long> positions, Instant at) {
    positions.stream().filter(p -> p >= 1 && p <= events.size()).forEach(p -> published.putIfAbsent(p, at));
  }

  @Override
  public synchronized int deletePublishedBefore(Instant cutoff) {
    int count = 0;
    for (Map.Entry<Long, Instant> entry : published.entrySet()) {
      if (entry.getValue().isBefore(cutoff) && deleted.add(entry.getKey())) {
        count++;
      }
    }
    return count;
  }

  @Override
  public synchronized Object snapshot() {
    return events.size();
  }

  @Override
  public synchronized void restore(Object snapshot) {
    int size = (Integer) snapshot;
    events.subList(size, events.size()).clear();
    published.keySet().removeIf(position -> position > size);
    deleted.removeIf(position -> position > size);
  }

  private static String identity(DomainEvent event) {
    return "{\"eventId\":\"" + event.eventId() + "\",\"type\":\"" + event.type() + "\",\"aggregateType\":\""
        + json(event.aggregateType()) + "\",\"aggregateId\":\"" + json(event.aggregateId()) + "\"}";
  }

  private static String json(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
