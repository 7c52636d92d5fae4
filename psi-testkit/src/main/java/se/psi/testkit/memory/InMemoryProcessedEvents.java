package se.psi.testkit.memory;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import se.psi.core.outbox.ProcessedEvents;

/** {@link ProcessedEvents} in memory. */
public final class InMemoryProcessedEvents implements ProcessedEvents, Transactional {

  private Map<UUID, Instant> processed = new LinkedHashMap<>();

  @Override
  public synchronized boolean markProcessed(UUID eventId, Instant at) {
    return processed.putIfAbsent(eventId, at) == null;
  }

  @Override
  public synchronized int forgetBefore(Instant cutoff) {
    int before = processed.size();
    processed.values().removeIf(at -> at.isBefore(cutoff));
    return before - processed.size();
  }

  @Override
  public synchronized Object snapshot() {
    return new LinkedHashMap<>(processed);
  }

  @Override
  @SuppressWarnings("unchecked")
  public synchronized void restore(Object snapshot) {
    processed = new LinkedHashMap<>((Map<UUID, Instant>) snapshot);
  }
}
