package se.psi.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import se.psi.core.shared.DomainEvent;

/**
 * A domain event as it is published: the same envelope whatever the storage that kept it and the broker that carries
 * it. Its JSON is {@code {"eventId", "type", "schemaVersion", "aggregateType", "aggregateId", "occurredAt",
 * "rulesetVersion"?, "payload"}} in that order; each event type's JSON Schema is the resource
 * {@code se/psi/events/schema/v1/<type>.schema.json} of this module (see docs/events.md).
 *
 * @param eventId the event's id; consumers drop duplicates by it
 * @param type the event type, e.g. {@code PartnerAdmitted}; names the schema file
 * @param schemaVersion the envelope's version, {@link #SCHEMA_VERSION} when written by this module
 * @param aggregateType e.g. {@code Partner}
 * @param aggregateId the aggregate's id; brokers key messages by it so one aggregate's events stay in order
 * @param occurredAt when the change happened
 * @param rulesetVersion the version of the rules that decided, when the event records a decision
 * @param payload the event's ids and facts: ids as strings, dates and instants in ISO-8601, never personal data
 */
public record EventEnvelope(UUID eventId, String type, int schemaVersion, String aggregateType, String aggregateId,
    Instant occurredAt, Optional<String> rulesetVersion, JsonNode payload) {

  /** The version of the envelope; raised when a field changes meaning or disappears, never when one is added. */
  public static final int SCHEMA_VERSION = 1;

  public EventEnvelope {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(aggregateType, "aggregateType");
    Objects.requireNonNull(aggregateId, "aggregateId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(rulesetVersion, "rulesetVersion");
    if (!Objects.requireNonNull(payload, "payload").isObject()) {
      throw new IllegalArgumentException("the payload of " + type + " is not a JSON object");
    }
    // A JSON tree is mutable; the envelope keeps a copy of its own so it stays a value.
    payload = payload.deepCopy();
  }

  /** The envelope of {@code event} in the current schema version. */
  public static EventEnvelope of(DomainEvent event) {
    ObjectNode payload = EventJson.payload(event);
    Optional<String> rulesetVersion = payload.hasNonNull("rulesetVersion")
        ? Optional.of(payload.get("rulesetVersion").asText()) : Optional.empty();
    return new EventEnvelope(event.eventId(), event.type(), SCHEMA_VERSION, event.aggregateType(),
        event.aggregateId(), event.occurredAt(), rulesetVersion, payload);
  }

  /** A copy of the payload, which the envelope keeps to itself. */
  @Override
  public JsonNode payload() {
    return payload.deepCopy();
  }

  /** The published JSON, compact, fields in the documented order. */
  public String toJson() {
    return EventJson.write(this);
  }

  /** Reads a published envelope back, e.g. in a consumer; fails on anything that is not one. */
  public static EventEnvelope fromJson(String json) {
    return EventJson.read(json);
  }
}
