package se.psi.adapters.messaging.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.psi.adapters.storage.jdbc.JdbcStorage;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.usecase.DuplicateFilter;
import se.psi.core.usecase.EventPublisher;
import se.psi.core.usecase.OutboxReader;
import se.psi.core.usecase.OutboxRecord;
import se.psi.core.usecase.OutboxRelay;
import se.psi.testkit.memory.InMemoryProcessedEvents;
import se.psi.testkit.memory.InMemoryUnitOfWork;

/** The outbox relayed to a real Kafka broker started in this JVM (KRaft). */
class KafkaEventPublisherTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-03-01T10:00:00Z"), ZoneOffset.UTC);
  private static KafkaClusterTestKit cluster;

  private JdbcStorage storage;
  private KafkaEventPublisher publisher;

  @BeforeAll
  static void startBroker() throws Exception {
    cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1)
        .setNumControllerNodes(1).build()).build();
    cluster.format();
    cluster.startup();
    cluster.waitForReadyBrokers();
  }

  @AfterAll
  static void stopBroker() throws Exception {
    cluster.close();
  }

  @AfterEach
  void close() {
    if (publisher != null) {
      publisher.close();
    }
    if (storage != null) {
      storage.close();
    }
  }

  /** An event of an aggregate, numbered to check the order. */
  record Numbered(EventMeta meta, String aggregateType, String aggregateId, int number) implements DomainEvent {}

  @Test
  void events_are_published_as_versioned_envelopes_keyed_by_aggregate_in_commit_order() {
    String type = unique("OrderTest");
    List<Numbered> committed = commit(30, 4, type);
    relay().drain(7);

    List<ConsumerRecord<String, String>> received = consume(publisher.topicOf(type), 30);

    assertThat(received).hasSize(30);
    JsonNode envelope = read(received.get(0).value());
    assertThat(envelope.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(envelope.get("type").asText()).isEqualTo("Numbered");
    assertThat(envelope.get("aggregateType").asText()).isEqualTo(type);
    assertThat(received).allSatisfy(r -> assertThat(r.key()).isEqualTo(read(r.value()).get("aggregateId").asText()));
    assertThat(numbersPerAggregate(received)).allSatisfy((aggregate, numbers) -> assertThat(numbers).isSorted());
    assertThat(storage.outbox().unpublished(1)).isEmpty();
    assertThat(committed).hasSize(30);
  }

  @Test
  void under_random_faults_at_each_step_every_committed_event_arrives_in_order_and_the_filter_makes_one_effect() {
    String type = unique("FaultTest");
    List<Numbered> committed = commit(80, 6, type);
    rollBackOneChange(type);
    SplittableRandom random = new SplittableRandom(7);
    FlakyBroker broker = new FlakyBroker(publisher);
    FlakyOutbox outbox = new FlakyOutbox(storage.outbox());

    for (int pass = 0; pass < 400 && !storage.outbox().unpublished(1).isEmpty(); pass++) {
      broker.failure = random.nextInt(4);    // 0 none, 1 before publishing, 2 after publishing before marking
      outbox.failMarking = random.nextInt(6) == 0;  // the storage fails while marking
      OutboxRelay relay = new OutboxRelay(outbox, broker, storage.relayLease(), CLOCK, "host", Duration.ofMinutes(1));
      try {
        relay.relayOnce(1 + random.nextInt(15));
      } catch (IllegalStateException storageFailed) {
        // the host dies mid-way; a new relay resumes from the outbox on the next pass
      }
    }

    assertThat(storage.outbox().unpublished(1)).isEmpty();
    List<ConsumerRecord<String, String>> received = consume(publisher.topicOf(type), 80);
    Set<String> ids = new HashSet<>();
    received.forEach(r -> ids.add(read(r.value()).get("eventId").asText()));
    assertThat(ids).containsExactlyInAnyOrderElementsOf(committed.stream().map(e -> e.eventId().toString()).toList());
    assertThat(received.size()).isGreaterThan(80);   // faults caused redeliveries: at least once, not exactly once
    Map<String, List<Integer>> firstSeen = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (ConsumerRecord<String, String> r : received) {
      JsonNode envelope = read(r.value());
      if (seen.add(envelope.get("eventId").asText())) {
        firstSeen.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(envelope.get("payload").get("number").asInt());
      }
    }
    assertThat(firstSeen.values()).allSatisfy(numbers -> assertThat(numbers).isSorted());

    InMemoryProcessedEvents processed = new InMemoryProcessedEvents();
    DuplicateFilter filter = new DuplicateFilter(processed, new InMemoryUnitOfWork(List.of(processed)), CLOCK);
    AtomicInteger effects = new AtomicInteger();
    received.forEach(r -> filter.handleOnce(UUID.fromString(read(r.value()).get("eventId").asText()), r,
        e -> effects.incrementAndGet()));
    assertThat(effects.get()).isEqualTo(80);
  }

  @Test
  void while_no_broker_answers_nothing_is_marked_and_a_later_relay_delivers_everything() {
    String type = unique("DownTest");
    List<Numbered> committed = commit(12, 3, type);
    Properties unreachable = new Properties();
    unreachable.setProperty("psi.kafka.bootstrap-servers", "127.0.0.1:" + closedPort());
    unreachable.setProperty("psi.kafka.ack-timeout", "PT1S");
    unreachable.setProperty("psi.kafka.producer.max.block.ms", "1000");

    try (KafkaEventPublisher down = KafkaEventPublisher.builder().fromProperties(unreachable).build()) {
      OutboxRelay.Pass pass = new OutboxRelay(storage.outbox(), down, storage.relayLease(), CLOCK, "host",
          Duration.ofMinutes(1)).relayOnce(5);
      assertThat(pass.failed()).isTrue();
      assertThat(pass.published()).isZero();
    }
    assertThat(storage.outbox().unpublished(100)).hasSize(12);

    relay().drain(5);
    assertThat(consume(publisher.topicOf(type), 12)).extracting(r -> read(r.value()).get("eventId").asText())
        .containsExactlyElementsOf(committed.stream().map(e -> e.eventId().toString()).toList());
  }

  @Test
  void topics_prefix_and_producer_settings_come_from_properties() {
    Properties properties = new Properties();
    properties.setProperty("psi.kafka.bootstrap-servers", cluster.bootstrapServers());
    properties.setProperty("psi.kafka.topic-prefix", "region.");
    properties.setProperty("psi.kafka.topic.GrantApplication", "case-management.grants");

    try (KafkaEventPublisher configured = KafkaEventPublisher.builder().fromProperties(properties).build()) {
      assertThat(configured.topicOf("GrantApplication")).isEqualTo("case-management.grants");
      assertThat(configured.topicOf("MembershipApplication")).isEqualTo("region.membership-application");
    }
  }

  @Test
  void a_backlog_of_ten_thousand_events_drains_completely() {
    String type = unique("BacklogTest");
    storage = storage();
    storage.unitOfWork().inTransaction(() -> {
      for (int i = 0; i < 10_000; i++) {
        storage.outbox().append(new Numbered(new EventMeta(UUID.randomUUID(), CLOCK.instant()), type,
            "aggregate-" + i % 50, i));
      }
      return null;
    });
    publisher = KafkaEventPublisher.builder().bootstrapServers(cluster.bootstrapServers()).build();

    int published = new OutboxRelay(storage.outbox(), publisher, storage.relayLease(), CLOCK, "host",
        Duration.ofMinutes(1)).drain(500).published();

    assertThat(published).isEqualTo(10_000);
    assertThat(storage.outbox().unpublished(1)).isEmpty();
    assertThat(consume(publisher.topicOf(type), 10_000)).hasSize(10_000);
  }

  /** Fails at a chosen step: before publishing anything, or after publishing but before the relay can mark. */
  static final class FlakyBroker implements EventPublisher {
    private final EventPublisher real;
    int failure;

    FlakyBroker(EventPublisher real) {
      this.real = real;
    }

    @Override
    public void publish(List<OutboxRecord> records) {
      if (failure == 1) {
        throw new PublishFailure(0, new IllegalStateException("broker unavailable"));
      }
      real.publish(records);
      if (failure == 2) {
        throw new PublishFailure(0, new IllegalStateException("acknowledgement lost"));
      }
    }
  }

  /** The real outbox, whose marking can fail as if the database went away mid-way. */
  static final class FlakyOutbox implements OutboxReader {
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
    public void markPublished(java.util.Collection<Long> positions, Instant at) {
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

  private OutboxRelay relay() {
    return new OutboxRelay(storage.outbox(), publisher, storage.relayLease(), CLOCK, "host", Duration.ofMinutes(1));
  }

  private List<Numbered> commit(int count, int aggregates, String type) {
    storage = storage();
    publisher = KafkaEventPublisher.builder().bootstrapServers(cluster.bootstrapServers()).build();
    List<Numbered> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Numbered event = new Numbered(new EventMeta(UUID.randomUUID(), CLOCK.instant()), type,
          "aggregate-" + i % aggregates, i);
      storage.unitOfWork().inTransaction(() -> {
        storage.outbox().append(event);
        return null;
      });
      events.add(event);
    }
    return events;
  }

  /** A change whose transaction fails after staging its event: the event must never be published. */
  private void rollBackOneChange(String type) {
    try {
      storage.unitOfWork().inTransaction(() -> {
        storage.outbox().append(new Numbered(new EventMeta(UUID.randomUUID(), CLOCK.instant()), type, "aggregate-0",
            -1));
        throw new IllegalStateException("the change failed");
      });
    } catch (IllegalStateException expected) {
      // rolled back with its event
    }
  }

  private static JdbcStorage storage() {
    return JdbcStorage.builder().jdbcUrl("jdbc:h2:mem:kafka-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1").build();
  }

  private static List<ConsumerRecord<String, String>> consume(String topic, int atLeast) {
    Properties properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    List<ConsumerRecord<String, String>> received = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
            new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
      // Assigned partitions, not a consumer group: the single test broker needs no group coordination.
      List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      int emptyPollsAfterEnough = 0;
      while (System.nanoTime() < deadline && emptyPollsAfterEnough < 3) {
        var polled = consumer.poll(Duration.ofMillis(500));
        polled.forEach(received::add);
        emptyPollsAfterEnough = received.size() >= atLeast && polled.isEmpty() ? emptyPollsAfterEnough + 1 : 0;
      }
    }
    return received;
  }

  private static Map<String, List<Integer>> numbersPerAggregate(List<ConsumerRecord<String, String>> received) {
    Map<String, List<Integer>> numbers = new LinkedHashMap<>();
    received.forEach(r -> numbers.computeIfAbsent(r.key(), k -> new ArrayList<>())
        .add(read(r.value()).get("payload").get("number").asInt()));
    return numbers;
  }

  private static int closedPort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  }
}
