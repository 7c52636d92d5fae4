package se.psi.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.outbox.DuplicateFilter;
import se.psi.core.port.out.EventOutbox;
import se.psi.core.outbox.EventPublisher;
import se.psi.core.outbox.OutboxReader;
import se.psi.core.outbox.OutboxRecord;
import se.psi.core.outbox.OutboxRelay;
import se.psi.core.outbox.RelayLease;
import se.psi.core.port.out.UnitOfWork;
import se.psi.testkit.memory.InMemoryProcessedEvents;
import se.psi.testkit.memory.InMemoryUnitOfWork;

/**
 * The contract of an {@link EventPublisher} to a real broker, relayed from a real outbox: the versioned envelope
 * arrives, per-aggregate order holds, every committed event arrives at least once under faults at each step (broker
 * down before publishing, acknowledgement lost after publishing, storage failing while marking), none of a rolled
 * back change, nothing is marked while no broker answers, and a 10,000-event backlog drains. Extend it once per
 * broker adapter.
 */
public abstract class EventPublisherContract {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-03-01T10:00:00Z"), ZoneOffset.UTC);

  /** The outbox side of a storage adapter, fresh and empty, whose outbox writes the versioned envelope. */
  public record RelayStorage(UnitOfWork unitOfWork, EventOutbox outbox, OutboxReader reader, RelayLease lease) {}

  /** A message as a consumer received it: the broker's key (partition key, routing key ...) and its body. */
  public record Delivery(String key, String body) {}

  /** A fresh storage for one test. */
  protected abstract RelayStorage storage();

  /** A publisher to the running broker. */
  protected abstract EventPublisher publisher();

  /** A publisher whose broker does not answer; it should give up within a few seconds. */
  protected abstract EventPublisher unreachablePublisher();

  /** Every message of this aggregate type the broker delivered so far, in arrival order; wait until at least n. */
  protected abstract List<Delivery> received(String aggregateType, int atLeast);

  /** The key the broker should carry for an event, e.g. the aggregate id (Kafka) or the event type (AMQP). */
  protected abstract String expectedKey(String eventType, String aggregateId);

  /** An event of an aggregate, numbered to check the order. */
  public record Numbered(EventMeta meta, String aggregateType, String aggregateId, int number)
      implements DomainEvent {}

  @Test
  void events_arrive_as_versioned_envelopes_with_their_key_in_commit_order_per_aggregate() {
    RelayStorage storage = storage();
    String type = unique("Ordered");
    List<Numbered> committed = commit(storage, 30, 4, type);

    relay(storage, publisher()).drain(7);

    List<Delivery> received = received(type, 30);
    assertThat(received).hasSize(30);
    JsonNode envelope = read(received.get(0).body());
    assertThat(envelope.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(envelope.get("type").asText()).isEqualTo("Numbered");
    assertThat(envelope.get("aggregateType").asText()).isEqualTo(type);
    assertThat(envelope.get("occurredAt").asText()).isEqualTo(CLOCK.instant().toString());
    assertThat(received).allSatisfy(d -> assertThat(d.key())
        .isEqualTo(expectedKey("Numbered", read(d.body()).get("aggregateId").asText())));
    assertThat(eventIds(received)).containsExactlyInAnyOrderElementsOf(ids(committed));
    assertThat(firstSeenNumbersPerAggregate(received)).allSatisfy((aggregate, numbers) ->
        assertThat(numbers).isSorted());
    assertThat(storage.reader().unpublished(1)).isEmpty();
  }

  @Test
  void under_random_faults_at_each_step_every_committed_event_arrives_in_order_and_duplicates_make_one_effect() {
    RelayStorage storage = storage();
    String type = unique("Faulty");
    List<Numbered> committed = commit(storage, 80, 6, type);
    rollBackOneChange(storage, type);
    SplittableRandom random = new SplittableRandom(7);
    FlakyBroker broker = new FlakyBroker(publisher());
    FlakyOutbox outbox = new FlakyOutbox(storage.reader());

    for (int pass = 0; pass < 400 && !storage.reader().unpublished(1).isEmpty(); pass++) {
      broker.failure = random.nextInt(3);
      outbox.failMarking = random.nextInt(6) == 0;
      OutboxRelay relay = new OutboxRelay(outbox, broker, storage.lease(), CLOCK, "host", Duration.ofMinutes(1));
      try {
        relay.relayOnce(1 + random.nextInt(15));
      } catch (IllegalStateException storageFailed) {
        // the host dies mid-way; a new relay resumes from the outbox on the next pass
      }
    }

    assertThat(storage.reader().unpublished(1)).isEmpty();
    assertThat(broker.failures).as("the schedule injected faults").isPositive();
    List<Delivery> received = received(type, 80);
    assertThat(Set.copyOf(eventIds(received))).containsExactlyInAnyOrderElementsOf(ids(committed));
    assertThat(received.size()).as("faults caused redeliveries").isGreaterThan(80);
    assertThat(firstSeenNumbersPerAggregate(received)).allSatisfy((aggregate, numbers) ->
        assertThat(numbers).isSorted());

    InMemoryProcessedEvents processed = new InMemoryProcessedEvents();
    DuplicateFilter filter = new DuplicateFilter(processed, new InMemoryUnitOfWork(List.of(processed)), CLOCK);
    AtomicInteger effects = new AtomicInteger();
    received.forEach(d -> filter.handleOnce(UUID.fromString(read(d.body()).get("eventId").asText()), d,
        delivery -> effects.incrementAndGet()));
    assertThat(effects.get()).isEqualTo(80);
  }

  @Test
  void while_no_broker_answers_nothing_is_marked_and_a_later_relay_delivers_everything() {
    RelayStorage storage = storage();
    String type = unique("Unanswered");
    List<Numbered> committed = commit(storage, 12, 3, type);

    OutboxRelay.Pass pass = relay(storage, unreachablePublisher()).relayOnce(5);

    assertThat(pass.failed()).isTrue();
    assertThat(pass.published()).isZero();
    assertThat(storage.reader().unpublished(100)).hasSize(12);
    relay(storage, publisher()).drain(5);
    assertThat(eventIds(received(type, 12))).containsExactlyInAnyOrderElementsOf(ids(committed));
  }

  @Test
  void a_backlog_of_ten_thousand_events_drains_completely() {
    RelayStorage storage = storage();
    String type = unique("Backlog");
    storage.unitOfWork().inTransaction(() -> {
      for (int i = 0; i < 10_000; i++) {
        storage.outbox().append(numbered(type, "aggregate-" + i % 50, i));
      }
      return null;
    });

    OutboxRelay.Drained drained = relay(storage, publisher()).drain(500);

    assertThat(drained.published()).isEqualTo(10_000);
    assertThat(storage.reader().unpublished(1)).isEmpty();
    assertThat(Set.copyOf(eventIds(received(type, 10_000)))).hasSize(10_000);
  }

  /** Fails at a chosen step: before publishing anything, or after publishing but before the relay can mark. */
  private static final class FlakyBroker implements EventPublisher {
    private final EventPublisher real;
    int failure;
    int failures;

    FlakyBroker(EventPublisher real) {
      this.real = real;
    }

    @Override
    public void publish(List<OutboxRecord> records) {
      if (failure == 1) {
        failures++;
        throw new PublishFailure(0, new IllegalStateException("broker unavailable"));
      }
      real.publish(records);
      if (failure == 2) {
        failures++;
        throw new PublishFailure(0, new IllegalStateException("acknowledgement lost"));
      }
    }
  }

  /** The real outbox, whose marking can fail as if the database went away mid-way. */
  private static final class FlakyOutbox implements OutboxReader {
    private final OutboxReader real;
    boolean failMarking;

    FlakyOutbox(OutboxReader real) {
      this.real = real;
    }

    @Override
    public List<OutboxRecord> unpublished(int limit) {
      return real.unpublished(limit);
    }

    @Override
    public void markPublished(Collection<Long> positions, Instant at) {
      if (failMarking) {
        throw new IllegalStateException("database unavailable while marking");
      }
      real.markPublished(positions, at);
    }

    @Override
    public int deletePublishedBefore(Instant cutoff) {
      return real.deletePublishedBefore(cutoff);
    }
  }

  private static OutboxRelay relay(RelayStorage storage, EventPublisher publisher) {
    return new OutboxRelay(storage.reader(), publisher, storage.lease(), CLOCK, "host", Duration.ofMinutes(1));
  }

  /** Commits each event in its own transaction, as separate changes would. */
  private static List<Numbered> commit(RelayStorage storage, int count, int aggregates, String type) {
    List<Numbered> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Numbered event = numbered(type, "aggregate-" + i % aggregates, i);
      storage.unitOfWork().inTransaction(() -> {
        storage.outbox().append(event);
        return null;
      });
      events.add(event);
    }
    return events;
  }

  /** A change whose transaction fails after staging its event: the event must never be published. */
  private static void rollBackOneChange(RelayStorage storage, String type) {
    try {
      storage.unitOfWork().inTransaction(() -> {
        storage.outbox().append(numbered(type, "aggregate-0", -1));
        throw new IllegalStateException("the change failed");
      });
    } catch (IllegalStateException expected) {
      // rolled back with its event
    }
  }

  private static Numbered numbered(String type, String aggregateId, int number) {
    return new Numbered(new EventMeta(UUID.randomUUID(), CLOCK.instant()), type, aggregateId, number);
  }

  private static Map<String, List<Integer>> firstSeenNumbersPerAggregate(List<Delivery> received) {
    Map<String, List<Integer>> numbers = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (Delivery delivery : received) {
      JsonNode envelope = read(delivery.body());
      if (seen.add(envelope.get("eventId").asText())) {
        numbers.computeIfAbsent(envelope.get("aggregateId").asText(), k -> new ArrayList<>())
            .add(envelope.get("payload").get("number").asInt());
      }
    }
    return numbers;
  }

  private static List<String> eventIds(List<Delivery> received) {
    return received.stream().map(d -> read(d.body()).get("eventId").asText()).toList();
  }

  private static List<String> ids(List<Numbered> events) {
    return events.stream().map(e -> e.eventId().toString()).toList();
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fresh aggregate type per test, so tests sharing one broker never see each other's messages. */
  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  }
}
