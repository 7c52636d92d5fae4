package se.psi.core.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * How the outbox is relayed: events per batch, the poll interval, the longest back-off while the broker fails, how
 * long one host holds the relay lease, and the name it holds it under. Read from properties ({@code psi.relay.*})
 * so a host configures it like the brokers; durations are ISO-8601 ({@code PT1S}) or milliseconds.
 */
public record RelaySettings(int batchSize, Duration pollInterval, Duration maxBackoff, Duration leaseDuration,
    String holder) {

  public static final RelaySettings DEFAULTS = new RelaySettings(500, Duration.ofSeconds(1), Duration.ofMinutes(1),
      Duration.ofSeconds(30), defaultHolder());

  public RelaySettings {
    List<String> problems = new ArrayList<>();
    if (batchSize < 1) {
      problems.add("psi.relay.batch-size must be at least 1, was " + batchSize);
    }
    requirePositive("psi.relay.poll-interval", pollInterval, problems);
    requirePositive("psi.relay.max-backoff", maxBackoff, problems);
    requirePositive("psi.relay.lease-duration", leaseDuration, problems);
    if (holder == null || holder.isBlank()) {
      problems.add("psi.relay.holder must not be blank");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }

  /**
   * Reads {@code psi.relay.batch-size}, {@code psi.relay.poll-interval}, {@code psi.relay.max-backoff},
   * {@code psi.relay.lease-duration} and {@code psi.relay.holder}; what is missing keeps its default.
   */
  public static RelaySettings fromProperties(Properties properties) {
    return new RelaySettings(
        Integer.parseInt(properties.getProperty("psi.relay.batch-size", Integer.toString(DEFAULTS.batchSize))),
        duration(properties, "psi.relay.poll-interval", DEFAULTS.pollInterval),
        duration(properties, "psi.relay.max-backoff", DEFAULTS.maxBackoff),
        duration(properties, "psi.relay.lease-duration", DEFAULTS.leaseDuration),
        properties.getProperty("psi.relay.holder", DEFAULTS.holder));
  }

  /** A relay over these settings. */
  public OutboxRelay relay(OutboxReader outbox, EventPublisher publisher, RelayLease lease, java.time.Clock clock) {
    return new OutboxRelay(outbox, publisher, lease, clock, holder, leaseDuration);
  }

  /** A background scheduler over these settings; {@link RelayScheduler#start()} it. */
  public RelayScheduler scheduler(OutboxRelay relay) {
    return new RelayScheduler(relay, batchSize, pollInterval, maxBackoff);
  }

  /** A duration property: ISO-8601 ({@code PT0.5S}) or a number of milliseconds. */
  public static Duration duration(Properties properties, String key, Duration fallback) {
    String value = properties.getProperty(key);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    String trimmed = value.trim();
    try {
      return trimmed.chars().allMatch(Character::isDigit) ? Duration.ofMillis(Long.parseLong(trimmed))
          : Duration.parse(trimmed);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(key + " must be ISO-8601 (PT1S) or milliseconds, was '" + value + "'", e);
    }
  }

  private static void requirePositive(String key, Duration value, List<String> problems) {
    if (value == null || value.isZero() || value.isNegative()) {
      problems.add(key + " must be a positive duration, was " + value);
    }
  }

  private static String defaultHolder() {
    String host = System.getenv().getOrDefault("HOSTNAME", "host");
    return host + "-" + ProcessHandle.current().pid();
  }
}
