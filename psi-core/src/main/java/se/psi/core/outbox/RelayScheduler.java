package se.psi.core.outbox;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs an {@link OutboxRelay} in the background: every poll interval, at once when {@link #trigger()}ed after a
 * commit, and with exponential back-off (up to a maximum) while the broker fails. Stops cleanly and gives up the
 * lease on {@link #close()}.
 */
public final class RelayScheduler implements AutoCloseable {

  private final OutboxRelay relay;
  private final int batchSize;
  private final Duration pollInterval;
  private final Duration maxBackoff;
  private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "psi-outbox-relay");
    thread.setDaemon(true);
    return thread;
  });
  private Duration delay;

  public RelayScheduler(OutboxRelay relay, int batchSize, Duration pollInterval, Duration maxBackoff) {
    this.relay = relay;
    this.batchSize = batchSize;
    this.pollInterval = pollInterval;
    this.maxBackoff = maxBackoff;
    this.delay = pollInterval;
  }

  public void start() {
    executor.schedule(this::runAndReschedule, 0, TimeUnit.MILLISECONDS);
  }

  /** Relays now, e.g. right after a commit, without waiting for the next poll. */
  public void trigger() {
    executor.execute(this::runOnce);
  }

  private void runAndReschedule() {
    runOnce();
    if (!executor.isShutdown()) {
      executor.schedule(this::runAndReschedule, delay.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void runOnce() {
    boolean failed;
    try {
      failed = relay.drain(batchSize).failed();
    } catch (RuntimeException storageDown) {
      failed = true;
    }
    synchronized (this) {
      delay = failed ? min(delay.multipliedBy(2), maxBackoff) : pollInterval;
    }
  }

  /** The wait before the next poll: the poll interval, or longer while failing. */
  public synchronized Duration currentDelay() {
    return delay;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    relay.releaseLease();
  }
}
