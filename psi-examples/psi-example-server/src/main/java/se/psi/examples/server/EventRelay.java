package se.psi.examples.server;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import se.psi.adapters.messaging.amqp.AmqpEventPublisher;
import se.psi.adapters.storage.jdbc.JdbcStorage;
import se.psi.core.outbox.EventPublisher;
import se.psi.core.outbox.OutboxRecord;
import se.psi.core.outbox.RelayScheduler;
import se.psi.core.outbox.RelaySettings;

/**
 * Publishes the outbox in the background, so that it does not only grow: every change's events go, in order and at
 * least once, to the log (one line each, the default), to a RabbitMQ broker, or nowhere when turned off. With two
 * servers on one database, the relay lease lets only one of them publish at a time.
 */
final class EventRelay implements AutoCloseable {

  private final RelayScheduler scheduler;
  private final AutoCloseable publisher;

  private EventRelay(RelayScheduler scheduler, AutoCloseable publisher) {
    this.scheduler = scheduler;
    this.publisher = publisher;
  }

  /** Started, or {@code null} when {@code events} is {@code off}. */
  static EventRelay start(String events, JdbcStorage storage, Clock clock, PrintStream log) {
    if (events.equals("off")) {
      return null;
    }
    EventPublisher publisher = events.equals("log") ? new Logged(log)
        : AmqpEventPublisher.builder().uri(events).build();
    RelaySettings settings = RelaySettings.DEFAULTS;
    RelayScheduler scheduler = settings.scheduler(settings.relay(storage.outbox(), publisher, storage.relayLease(),
        clock));
    scheduler.start();
    return new EventRelay(scheduler, publisher instanceof AutoCloseable closeable ? closeable : () -> { });
  }

  @Override
  public void close() {
    try {
      scheduler.close();
    } catch (RuntimeException databaseGone) {
      // The lease could not be given back; it runs out by itself, and another server takes it over then.
    }
    try {
      publisher.close();
    } catch (Exception e) {
      // the broker's connection is gone either way
    }
  }

  /**
   * One line per event: its type, the kind of aggregate and the event's id. Events carry ids and facts only, but
   * the line leaves the payload out all the same: a log is read by more people than the event bus.
   */
  static final class Logged implements EventPublisher {

    private final PrintStream log;

    Logged(PrintStream log) {
      this.log = log;
    }

    @Override
    public void publish(List<OutboxRecord> records) {
      for (OutboxRecord record : records) {
        log.println("Event " + record.eventType() + " of " + record.aggregateType() + " (event "
            + record.eventId() + ", outbox position " + record.position() + ")");
      }
    }
  }
}
