package se.psi.adapters.messaging.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
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
import se.psi.core.outbox.EventPublisher;
import se.psi.testkit.contract.EventPublisherContract;
import se.psi.testkit.services.TestServices;

/** The outbox relayed to a real Kafka broker started in this JVM (KRaft). */
class KafkaEventPublisherTest extends EventPublisherContract {

  private static KafkaClusterTestKit cluster;
  private final List<AutoCloseable> opened = new ArrayList<>();
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
  void close() throws Exception {
    for (AutoCloseable resource : opened) {
      resource.close();
    }
  }

  @Override
  protected RelayStorage storage() {
    JdbcStorage storage = JdbcStorage.builder()
        .jdbcUrl("jdbc:h2:mem:kafka-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1").build();
    opened.add(storage);
    return new RelayStorage(storage.unitOfWork(), storage.outbox(), storage.outbox(), storage.relayLease());
  }

  @Override
  protected EventPublisher publisher() {
    publisher = KafkaEventPublisher.builder().bootstrapServers(cluster.bootstrapServers()).build();
    opened.add(publisher);
    return publisher;
  }

  @Override
  protected EventPublisher unreachablePublisher() {
    Properties unreachable = new Properties();
    unreachable.setProperty("psi.kafka.bootstrap-servers", "127.0.0.1:" + TestServices.closedPort());
    unreachable.setProperty("psi.kafka.ack-timeout", "PT1S");
    unreachable.setProperty("psi.kafka.producer.max.block.ms", "1000");
    KafkaEventPublisher down = KafkaEventPublisher.builder().fromProperties(unreachable).build();
    opened.add(down);
    return down;
  }

  @Override
  protected String expectedKey(String eventType, String aggregateId) {
    return aggregateId;
  }

  @Override
  protected List<Delivery> received(String aggregateType, int atLeast) {
    String topic = publisher.topicOf(aggregateType);
    Properties properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    List<Delivery> received = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
            new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
      // Assigned partitions, not a consumer group: the single test broker needs no group coordination.
      List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      int emptyPollsAfterEnough = 0;
      while (System.nanoTime() < deadline && emptyPollsAfterEnough < 2) {
        var polled = consumer.poll(Duration.ofMillis(300));
        polled.forEach(r -> received.add(new Delivery(r.key(), r.value())));
        emptyPollsAfterEnough = received.size() >= atLeast && polled.isEmpty() ? emptyPollsAfterEnough + 1 : 0;
      }
    }
    return received;
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
}
