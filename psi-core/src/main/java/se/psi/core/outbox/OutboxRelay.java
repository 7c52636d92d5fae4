package se.psi.core.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Publishes the transactional outbox at least once, in order: reads the unpublished records, publishes them, and
 * marks as published only what the broker acknowledged. A crash at any point leaves the rest unpublished, to be
 * published again after a restart; consumers drop the duplicates by event id.
 */
public final class OutboxRelay {

  /** What one pass did. */
  public record Pass(int published, boolean leaseHeld, boolean failed) {

    static final Pass NOT_LEADER = new Pass(0, false, false);
  }

  private final OutboxReader outbox;
  private final EventPublisher publisher;
  private final RelayLease lease;
  private final Clock clock;
  private final String holder;
  private final Duration leaseTtl;

  public OutboxRelay(OutboxReader outbox, EventPublisher publisher, RelayLease lease, Clock clock, String holder,
      Duration leaseTtl) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.lease = Objects.requireNonNull(lease, "lease");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.holder = Objects.requireNonNull(holder, "holder");
    this.leaseTtl = Objects.requireNonNull(leaseTtl, "leaseTtl");
  }

  /** One batch: publish up to {@code batchSize} records, if this relay holds the lease. */
  public Pass relayOnce(int batchSize) {
    if (!lease.tryAcquire(holder, clock.instant(), leaseTtl)) {
      return Pass.NOT_LEADER;
    }
    List<OutboxRecord> batch = outbox.unpublished(batchSize);
    if (batch.isEmpty()) {
      return new Pass(0, true, false);
    }
    try {
      publisher.publish(batch);
      outbox.markPublished(batch.stream().map(OutboxRecord::position).toList(), clock.instant());
      return new Pass(batch.size(), true, false);
    } catch (EventPublisher.PublishFailure failure) {
      List<OutboxRecord> acknowledged = batch.subList(0, Math.min(failure.acknowledged(), batch.size()));
      outbox.markPublished(acknowledged.stream().map(OutboxRecord::position).toList(), clock.instant());
      return new Pass(acknowledged.size(), true, true);
    }
  }

  /** What a drain did: how many were published, and whether it stopped because the broker failed. */
  public record Drained(int published, boolean failed) {}

  /** Passes until the outbox is empty, a pass fails, or the lease is elsewhere. */
  public Drained drain(int batchSize) {
    int total = 0;
    while (true) {
      Pass pass = relayOnce(batchSize);
      total += pass.published();
      if (!pass.leaseHeld() || pass.failed() || pass.published() < batchSize) {
        return new Drained(total, pass.failed());
      }
    }
  }

  public void releaseLease() {
    lease.release(holder);
  }
}
