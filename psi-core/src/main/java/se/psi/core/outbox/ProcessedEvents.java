package se.psi.core.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * Driven port of a consumer: the event ids it has already handled. Used by {@link DuplicateFilter}; write it in the
 * same transaction as the consumer's own effect, so that the effect and the record of it commit together.
 */
public interface ProcessedEvents {

  /** Records {@code eventId} as handled; false when it already was (a redelivery). */
  boolean markProcessed(UUID eventId, Instant at);

  /** Retention: forgets ids handled before {@code cutoff}; returns how many. */
  int forgetBefore(Instant cutoff);
}
