package se.psi.adapters.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.outbox.EventPublisher;
import se.psi.core.outbox.OutboxRecord;
import se.psi.core.outbox.OutboxRelay;
import se.psi.core.outbox.RelayScheduler;

/** The outbox relay over real storage: in order, at least once, one host at a time. */
class OutboxRelayTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-03-01T10:00:00Z"), ZoneOffset.UTC);
  private final TestDatabases databases = new TestDatabases();

  @AfterEach
  void dropDatabases() throws SQLException {
    databases.close();
  }

  /** A broker stand-in that records what it acknowledged and can fail after a given number of records. */
  static final class RecordingPublisher implements EventPublisher {
    final List<OutboxRecord> delivered = new ArrayList<>();
    int failAfter = Integer.MAX_VALUE;

    @Override
    public synchronized void publish(List<OutboxRecord> records) {
      for (int i = 0; i < records.size(); i++) {
        if (failAfter-- <= 0) {
          throw new PublishFailure(i, new IllegalStateException("broker unavailable"));
        }
        delivered.add(records.get(i));
      }
    }
  }

  /** An event of an aggregate, numbered so that order can be checked. */
  record Numbered(EventMeta meta, String aggregateId, int number) implements DomainEvent {
    @Override
    public String aggregateType() {
      return "Test";
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void a_backlog_is_relayed_in_order_and_marked_published(TestDatabases.Kind kind) {
    JdbcStorage storage = databases.fresh(kind);
    append(storage, 25, 3);
    RecordingPublisher broker = new RecordingPublisher();
    OutboxRelay relay = relay(storage, broker, "host-a");

    assertThat(relay.drain(10).published()).isEqualTo(25);

    assertThat(broker.delivered).extracting(OutboxRecord::position).isSorted().hasSize(25);
    assertThat(storage.outbox().unpublished(100)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void only_what_the_broker_acknowledged_is_marked_and_the_rest_is_published_again(TestDatabases.Kind kind) {
    JdbcStorage storage = databases.fresh(kind);
    append(storage, 10, 2);
    RecordingPublisher broker = new RecordingPublisher();
    broker.failAfter = 4;
    OutboxRelay relay = relay(storage, broker, "host-a");

    OutboxRelay.Pass failed = relay.relayOnce(10);
    assertThat(failed.failed()).isTrue();
    assertThat(failed.published()).isEqualTo(4);
    assertThat(storage.outbox().unpublished(100)).hasSize(6);

    broker.failAfter = Integer.MAX_VALUE;
    assertThat(relay.drain(10).published()).isEqualTo(6);
    assertThat(broker.delivered).hasSize(10);
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void under_any_schedule_of_broker_failures_every_event_arrives_and_each_aggregate_in_order(TestDatabases.Kind kind) {
    JdbcStorage storage = databases.fresh(kind);
    List<Numbered> committed = append(storage, 60, 5);
    SplittableRandom random = new SplittableRandom(kind.ordinal() + 42L);
    RecordingPublisher broker = new RecordingPublisher();
    OutboxRelay relay = relay(storage, broker, "host-a");

    for (int pass = 0; pass < 500 && !storage.outbox().unpublished(1).isEmpty(); pass++) {
      broker.failAfter = random.nextInt(8);
      relay.relayOnce(1 + random.nextInt(12));
      if (random.nextInt(5) == 0) {
        relay = relay(storage, broker, "host-a"); // the host restarted: a new relay resumes from the outbox
      }
    }

    assertThat(storage.outbox().unpublished(1)).isEmpty();
    Map<String, List<Integer>> firstSeen = new LinkedHashMap<>();
    broker.delivered.stream().map(OutboxRecord::eventId).distinct().forEach(id -> {
      Numbered event = committed.stream().filter(e -> e.eventId().equals(id)).findFirst().orElseThrow();
      firstSeen.computeIfAbsent(event.aggregateId(), a -> new ArrayList<>()).add(event.number());
    });
    assertThat(firstSeen.values().stream().mapToInt(List::size).sum()).isEqualTo(60);
    assertThat(firstSeen.values()).allSatisfy(numbers -> assertThat(numbers).isSorted());
  }

  @Test
  void while_one_host_holds_the_lease_another_does_not_relay_until_it_expires_or_is_released() {
    JdbcStorage storage = databases.fresh(TestDatabases.Kind.POSTGRESQL);
    append(storage, 5, 1);
    RecordingPublisher broker = new RecordingPublisher();
    OutboxRelay hostA = relay(storage, broker, "host-a");
    OutboxRelay hostB = relay(storage, broker, "host-b");

    assertThat(hostA.relayOnce(2).leaseHeld()).isTrue();
    assertThat(hostB.relayOnce(2).leaseHeld()).isFalse();
    hostA.releaseLease();
    assertThat(hostB.relayOnce(10).published()).isEqualTo(3);
    assertThat(broker.delivered).extracting(OutboxRecord::position).doesNotHaveDuplicates();
  }

  @Test
  void the_scheduler_relays_when_triggered_and_backs_off_while_the_broker_fails() throws InterruptedException {
    JdbcStorage storage = databases.fresh(TestDatabases.Kind.H2);
    append(storage, 3, 1);
    CountDownLatch delivered = new CountDownLatch(3);
    EventPublisher broker = records -> records.forEach(r -> delivered.countDown());
    try (RelayScheduler scheduler = new RelayScheduler(relay(storage, broker, "host-a"), 10, Duration.ofHours(1),
        Duration.ofHours(8))) {
      scheduler.start();
      assertThat(delivered.await(30, TimeUnit.SECONDS)).isTrue();
    }

    append(storage, 1, 1);
    CountDownLatch attempts = new CountDownLatch(3);
    EventPublisher down = records -> {
      attempts.countDown();
      throw new EventPublisher.PublishFailure(0, new IllegalStateException("down"));
    };
    RelayScheduler failing = new RelayScheduler(relay(storage, down, "host-a"), 10, Duration.ofMillis(1),
        Duration.ofHours(1));
    failing.trigger();
    failing.trigger();
    failing.trigger();
    assertThat(attempts.await(30, TimeUnit.SECONDS)).isTrue();
    failing.close(); // waits for the triggered passes to finish, so the back-off they chose is final
    assertThat(failing.currentDelay()).isEqualTo(Duration.ofMillis(8));
    assertThat(storage.outbox().unpublished(10)).hasSize(1);
  }

  private static OutboxRelay relay(JdbcStorage storage, EventPublisher broker, String holder) {
    return new OutboxRelay(storage.outbox(), broker, storage.relayLease(), CLOCK, holder, Duration.ofMinutes(1));
  }

  /** Appends {@code count} events spread over {@code aggregates} aggregates, each in its own transaction. */
  private static List<Numbered> append(JdbcStorage storage, int count, int aggregates) {
    List<Numbered> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Numbered event = new Numbered(new EventMeta(UUID.randomUUID(), CLOCK.instant()), "aggregate-" + i % aggregates,
          i);
      storage.unitOfWork().inTransaction(() -> {
        storage.outbox().append(event);
        return null;
      });
      events.add(event);
    }
    return events;
  }
}
