package se.psi.core.shared;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened in the partnership, named in the past tense. Events carry ids and facts, never personal
 * data, so they can be published to other systems as they are. Each feature has a sealed family of them.
 */
public interface DomainEvent {

  EventMeta meta();

  /** The kind of aggregate that changed, e.g. {@code Partner}. */
  String aggregateType();

  /** The id of the aggregate that changed; events of one aggregate are delivered in order. */
  String aggregateId();

  default UUID eventId() {
    return meta().eventId();
  }

  default Instant occurredAt() {
    return meta().occurredAt();
  }

  /** The event type as published, e.g. {@code PartnerAdmitted}. */
  default String type() {
    return getClass().getSimpleName();
  }
}
