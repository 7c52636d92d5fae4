package se.psi.testkit.memory;

import java.time.Duration;
import java.time.Instant;
import se.psi.core.outbox.RelayLease;

/** {@link RelayLease} in memory, for relays of one process: whoever asks first while it is free holds it. */
public final class InMemoryRelayLease implements RelayLease {

  private String holder = "";
  private Instant expiresAt = Instant.EPOCH;

  @Override
  public synchronized boolean tryAcquire(String holder, Instant now, Duration ttl) {
    // Free only once its term has run out (strictly after), as in the JDBC adapter.
    if (!this.holder.equals(holder) && !expiresAt.isBefore(now)) {
      return false;
    }
    this.holder = holder;
    expiresAt = now.plus(ttl);
    return true;
  }

  @Override
  public synchronized void release(String holder) {
    if (this.holder.equals(holder)) {
      expiresAt = Instant.EPOCH;
    }
  }
}
