package se.psi.core.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The identity and time of a domain event.
 *
 * @param eventId unique per event; consumers drop duplicates by it
 * @param occurredAt when the change happened, from the injected clock
 */
public record EventMeta(UUID eventId, Instant occurredAt) {

  public EventMeta {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  /** A source of fresh metadata: a new id from {@code ids}, the time from {@code clock}. */
  public static Supplier<EventMeta> source(IdSource ids, Clock clock) {
    return () -> new EventMeta(ids.newId(), clock.instant());
  }
}
