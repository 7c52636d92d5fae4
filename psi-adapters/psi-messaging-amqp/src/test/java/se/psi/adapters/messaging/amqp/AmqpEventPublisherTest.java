package se.psi.adapters.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.psi.adapters.storage.jdbc.JdbcStorage;
import se.psi.core.outbox.EventPublisher;
import se.psi.testkit.contract.EventPublisherContract;
import se.psi.testkit.services.TestServices;
import se.psi.testkit.services.RabbitMqCondition;
import se.psi.testkit.services.RequiresRabbitMq;

/** The outbox relayed to the RabbitMQ broker of this machine, through a fresh exchange and queue per test. */
@RequiresRabbitMq
class AmqpEventPublisherTest extends EventPublisherContract {

  private final List<AutoCloseable> opened = new ArrayList<>();
  private final BlockingQueue<Delivered> arrived = new LinkedBlockingQueue<>();
  private final List<Delivery> received = new ArrayList<>();
  private final String exchange = "psi.test." + UUID.randomUUID();
  private Connection consumerConnection;

  /** A message with the properties the consumer saw. */
  record Delivered(String routingKey, AMQP.BasicProperties properties, String body) {}

  @BeforeEach
  void bindQueue() throws IOException, TimeoutException {
    ConnectionFactory factory = new ConnectionFactory();
    factory.setHost(RabbitMqCondition.host());
    factory.setPort(RabbitMqCondition.port());
    consumerConnection = factory.newConnection("psi-test-consumer");
    Channel channel = consumerConnection.createChannel();
    channel.exchangeDeclare(exchange, BuiltinExchangeType.TOPIC, true);
    String queue = channel.queueDeclare().getQueue();
    channel.queueBind(queue, exchange, "#");
    channel.basicConsume(queue, true, (tag, message) -> arrived.add(new Delivered(
        message.getEnvelope().getRoutingKey(), message.getProperties(),
        new String(message.getBody(), StandardCharsets.UTF_8))), tag -> { });
  }

  @AfterEach
  void cleanUp() throws Exception {
    for (AutoCloseable resource : opened) {
      resource.close();
    }
    try (Channel channel = consumerConnection.createChannel()) {
      channel.exchangeDelete(exchange);
    }
    consumerConnection.close();
  }

  @Override
  protected RelayStorage storage() {
    JdbcStorage storage = JdbcStorage.builder()
        .jdbcUrl("jdbc:h2:mem:amqp-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1").build();
    opened.add(storage);
    return new RelayStorage(storage.unitOfWork(), storage.outbox(), storage.outbox(), storage.relayLease());
  }

  @Override
  protected EventPublisher publisher() {
    AmqpEventPublisher publisher = AmqpEventPublisher.builder()
        .uri("amqp://guest:guest@" + RabbitMqCondition.host() + ":" + RabbitMqCondition.port())
        .exchange(exchange).build();
    opened.add(publisher);
    return publisher;
  }

  @Override
  protected EventPublisher unreachablePublisher() {
    Properties unreachable = new Properties();
    unreachable.setProperty("psi.amqp.uri", "amqp://guest:guest@127.0.0.1:" + TestServices.closedPort());
    unreachable.setProperty("psi.amqp.exchange", exchange);
    unreachable.setProperty("psi.amqp.connection-timeout", "PT1S");
    AmqpEventPublisher down = AmqpEventPublisher.builder().fromProperties(unreachable).build();
    opened.add(down);
    return down;
  }

  @Override
  protected String expectedKey(String eventType, String aggregateId) {
    return eventType;
  }

  /** Each test has its own exchange and queue, so everything that arrived is of the test's aggregate type. */
  @Override
  protected List<Delivery> received(String aggregateType, int atLeast) {
    try {
      while (received.size() < atLeast) {
        Delivered next = arrived.poll(30, TimeUnit.SECONDS);
        if (next == null) {
          break;
        }
        received.add(new Delivery(next.routingKey(), next.body()));
      }
      // Confirmed messages are already queued: what is still on its way arrives within moments.
      for (Delivered late = arrived.poll(200, TimeUnit.MILLISECONDS); late != null;
          late = arrived.poll(200, TimeUnit.MILLISECONDS)) {
        received.add(new Delivery(late.routingKey(), late.body()));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return List.copyOf(received);
  }

  @Test
  void messages_are_persistent_json_with_the_event_id_as_message_id() throws InterruptedException {
    RelayStorage storage = storage();
    storage.unitOfWork().inTransaction(() -> {
      storage.outbox().append(new Numbered(new se.psi.core.shared.EventMeta(UUID.randomUUID(),
          java.time.Instant.parse("2022-03-01T10:00:00Z")), "Partner", "partner-1", 1));
      return null;
    });
    var record = storage.reader().unpublished(1).get(0);

    publisher().publish(List.of(record));

    Delivered delivered = arrived.poll(30, TimeUnit.SECONDS);
    assertThat(delivered).isNotNull();
    assertThat(delivered.properties().getDeliveryMode()).isEqualTo(2);
    assertThat(delivered.properties().getContentType()).isEqualTo("application/json");
    assertThat(delivered.properties().getMessageId()).isEqualTo(record.eventId().toString());
    assertThat(delivered.properties().getType()).isEqualTo("Numbered");
    assertThat(delivered.properties().getHeaders()).containsKeys("aggregateType", "aggregateId");
    assertThat(delivered.body()).isEqualTo(record.payload());
  }

  @Test
  void a_malformed_uri_is_refused_when_building() {
    assertThatThrownBy(() -> AmqpEventPublisher.builder().uri("http://not-amqp").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("psi.amqp.uri");
  }

  @Test
  void the_exchange_and_timeouts_come_from_properties() {
    Properties properties = new Properties();
    properties.setProperty("psi.amqp.uri", "amqp://guest:guest@127.0.0.1:5672");
    properties.setProperty("psi.amqp.exchange", "region.psi");
    properties.setProperty("psi.amqp.confirm-timeout", "PT5S");

    try (AmqpEventPublisher publisher = AmqpEventPublisher.builder().fromProperties(properties).build()) {
      assertThat(publisher.exchange()).isEqualTo("region.psi");
    }
  }
}
