package se.psi.core.outbox;

import java.time.Duration;
import java.time.Instant;

/**
 * Driven port: one relay at a time. Several host instances may run a relay; only the holder of the lease publishes,
 * so the same batch is never relayed twice at once and one aggregate's events stay in order.
 */
public interface RelayLease {

  /** Takes or renews the lease for {@code holder} until {@code now + ttl}; false while another holds it. */
  boolean tryAcquire(String holder, Instant now, Duration ttl);

  /** Gives the lease up, if {@code holder} has it. */
  void release(String holder);
}
