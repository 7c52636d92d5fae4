package se.psi.examples.embedding;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import se.psi.core.outbox.OutboxReader;
import se.psi.core.outbox.OutboxRecord;
import se.psi.core.port.out.EventOutbox;
import se.psi.core.shared.DomainEvent;
import se.psi.events.EventJson;
import se.psi.testkit.memory.Transactional;

/**
 * The municipality's outbox: the core writes each change's events into it inside the change's transaction, so a
 * change that fails takes its events with it; {@link #dispatchTo} hands the committed ones to the municipality's
 * own systems, oldest first, each once. Each is kept in the published envelope (psi-events) too, so a relay
 * ({@link OutboxReader}) could forward them to a broker as they are; psi-testkit's {@code EventOutboxContract}
 * proves both sides.
 */
public final class CommittedEvents implements EventOutbox, OutboxReader, Transactional {

  private record Entry(OutboxRecord record, DomainEvent event) {}

  private final Clock clock;
  private TreeMap<Long, Entry> entries = new TreeMap<>();
  private long nextPosition = 1;

  /** Marks dispatched events with {@code clock}'s time. */
  public CommittedEvents(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized void append(DomainEvent event) {
    long position = nextPosition++;
    entries.put(position, new Entry(new OutboxRecord(position, event.eventId(), event.aggregateType(),
        event.aggregateId(), event.type(), EventJson.write(event), event.occurredAt(), Optional.empty()), event));
  }

  /** Hands every committed event not yet dispatched to {@code listener}, then marks it published. */
  public void dispatchTo(Consumer<DomainEvent> listener) {
    List<Entry> pending;
    synchronized (this) {
      pending = entries.values().stream().filter(e -> e.record().publishedAt().isEmpty()).toList();
    }
    pending.forEach(entry -> listener.accept(entry.event()));
    markPublished(pending.stream().map(entry -> entry.record().position()).toList(), clock.instant());
  }

  @Override
  public synchronized List<OutboxRecord> unpublished(int limit) {
    return entries.values().stream().map(Entry::record).filter(r -> r.publishedAt().isEmpty()).limit(limit)
        .toList();
  }

  @Override
  public synchronized void markPublished(Collection<Long> positions, Instant at) {
    for (Long position : positions) {
      entries.computeIfPresent(position, (p, e) -> e.record().publishedAt().isPresent() ? e
          : new Entry(published(e.record(), at), e.event()));
    }
  }

  @Override
  public synchronized int deletePublishedBefore(Instant cutoff) {
    List<Long> old = new ArrayList<>();
    entries.forEach((position, e) -> {
      if (e.record().publishedAt().filter(at -> at.isBefore(cutoff)).isPresent()) {
        old.add(position);
      }
    });
    old.forEach(entries::remove);
    return old.size();
  }

  @Override
  public synchronized Object snapshot() {
    return new Snapshot(new TreeMap<>(entries), nextPosition);
  }

  @Override
  public synchronized void restore(Object snapshot) {
    Snapshot before = (Snapshot) snapshot;
    entries = new TreeMap<>(before.entries());
    nextPosition = before.nextPosition();
  }

  private record Snapshot(TreeMap<Long, Entry> entries, long nextPosition) {}

  private static OutboxRecord published(OutboxRecord r, Instant at) {
    return new OutboxRecord(r.position(), r.eventId(), r.aggregateType(), r.aggregateId(), r.eventType(),
        r.payload(), r.occurredAt(), Optional.of(at));
  }
}
