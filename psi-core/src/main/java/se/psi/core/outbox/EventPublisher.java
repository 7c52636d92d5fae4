package se.psi.core.outbox;

import java.util.List;

/**
 * Driven port: a message broker (Kafka, RabbitMQ, a host's own bus). Publishes the records in order and returns
 * only when the broker acknowledged every one; otherwise throws {@link PublishFailure} saying how many were
 * acknowledged first. Publishing a record twice must be harmless to consumers: they drop duplicates by event id.
 */
public interface EventPublisher {

  void publish(List<OutboxRecord> records);

  /** The broker did not acknowledge every record; the first {@link #acknowledged()} were. */
  final class PublishFailure extends RuntimeException {

    private final int acknowledged;

    public PublishFailure(int acknowledged, Throwable cause) {
      super("the broker acknowledged " + acknowledged + " record(s) before failing", cause);
      this.acknowledged = acknowledged;
    }

    public int acknowledged() {
      return acknowledged;
    }
  }
}
