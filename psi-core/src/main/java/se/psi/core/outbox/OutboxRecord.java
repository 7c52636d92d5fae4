package se.psi.core.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A domain event as the outbox keeps it, ready to publish.
 *
 * @param position the outbox's order: ascending in commit order for the events of one aggregate
 * @param eventId the event's id; consumers drop duplicates by it
 * @param aggregateType e.g. {@code Partner}
 * @param aggregateId the aggregate's id; publish with it as key so one aggregate's events stay ordered
 * @param eventType e.g. {@code PartnerAdmitted}
 * @param payload the event as JSON (ids and facts only)
 * @param occurredAt when the change happened
 * @param publishedAt when it was published, if it was
 */
public record OutboxRecord(long position, UUID eventId, String aggregateType, String aggregateId, String eventType,
    String payload, Instant occurredAt, Optional<Instant> publishedAt) {

  public OutboxRecord {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(aggregateType, "aggregateType");
    Objects.requireNonNull(aggregateId, "aggregateId");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(publishedAt, "publishedAt");
  }
}
