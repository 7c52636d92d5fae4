package se.psi.adapters.messaging.amqp;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.MessageProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeoutException;
import se.psi.core.outbox.EventPublisher;
import se.psi.core.outbox.OutboxRecord;
import se.psi.core.outbox.RelaySettings;

/**
 * {@link EventPublisher} to RabbitMQ (AMQP 0-9-1). Every event goes to one durable topic exchange with its event
 * type as routing key ({@code PartnerAdmitted}), as a persistent message whose message id is the event id; a batch
 * counts as published only when the broker confirmed every message (publisher confirms). One channel publishes in
 * outbox order, so a queue receives one aggregate's events in order. A lost connection is opened again on the next
 * batch.
 */
public final class AmqpEventPublisher implements EventPublisher, AutoCloseable {

  private final ConnectionFactory factory;
  private final String exchange;
  private final Duration confirmTimeout;
  private Connection connection;
  private Channel channel;

  AmqpEventPublisher(ConnectionFactory factory, String exchange, Duration confirmTimeout) {
    this.factory = factory;
    this.exchange = exchange;
    this.confirmTimeout = confirmTimeout;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The topic exchange events are published to. */
  public String exchange() {
    return exchange;
  }

  @Override
  public synchronized void publish(List<OutboxRecord> records) {
    try {
      Channel open = openChannel();
      for (OutboxRecord record : records) {
        open.basicPublish(exchange, record.eventType(), false, propertiesOf(record),
            record.payload().getBytes(StandardCharsets.UTF_8));
      }
      open.waitForConfirmsOrDie(confirmTimeout.toMillis());
    } catch (IOException | TimeoutException | RuntimeException e) {
      // Which messages of the batch the broker took is unknown: report none, so all are published again.
      closeQuietly();
      throw new PublishFailure(0, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closeQuietly();
      throw new PublishFailure(0, e);
    }
  }

  private static AMQP.BasicProperties propertiesOf(OutboxRecord record) {
    return MessageProperties.PERSISTENT_BASIC.builder()
        .contentType("application/json")
        .contentEncoding("utf-8")
        .messageId(record.eventId().toString())
        .type(record.eventType())
        .timestamp(Date.from(record.occurredAt()))
        .appId("psi")
        .headers(Map.of("aggregateType", record.aggregateType(), "aggregateId", record.aggregateId()))
        .build();
  }

  private Channel openChannel() throws IOException, TimeoutException {
    if (channel != null && channel.isOpen()) {
      return channel;
    }
    closeQuietly();
    connection = factory.newConnection("psi-outbox-relay");
    channel = connection.createChannel();
    channel.confirmSelect();
    channel.exchangeDeclare(exchange, BuiltinExchangeType.TOPIC, true);
    return channel;
  }

  private void closeQuietly() {
    try {
      if (connection != null && connection.isOpen()) {
        connection.close(5_000);
      }
    } catch (IOException | RuntimeException alreadyGone) {
      // nothing to release: the broker or the network closed it first
    }
    connection = null;
    channel = null;
  }

  @Override
  public synchronized void close() {
    closeQuietly();
  }

  /** Connection and naming settings; only the URI is required. */
  public static final class Builder {
    private String uri;
    private String exchange = "psi.events";
    private Duration confirmTimeout = Duration.ofSeconds(30);
    private Duration connectionTimeout = Duration.ofSeconds(10);

    private Builder() {}

    /** E.g. {@code amqp://guest:guest@127.0.0.1:5672/%2F} or {@code amqps://...} for TLS. */
    public Builder uri(String uri) {
      this.uri = Objects.requireNonNull(uri);
      return this;
    }

    /** The durable topic exchange; default {@code psi.events}. Declared if missing. */
    public Builder exchange(String exchange) {
      this.exchange = Objects.requireNonNull(exchange);
      return this;
    }

    /** How long to wait for the broker's confirmation of a batch; default 30 s. */
    public Builder confirmTimeout(Duration confirmTimeout) {
      this.confirmTimeout = Objects.requireNonNull(confirmTimeout);
      return this;
    }

    /** How long to wait for a connection; default 10 s. */
    public Builder connectionTimeout(Duration connectionTimeout) {
      this.connectionTimeout = Objects.requireNonNull(connectionTimeout);
      return this;
    }

    /**
     * Reads {@code psi.amqp.uri}, {@code psi.amqp.exchange}, {@code psi.amqp.confirm-timeout} and
     * {@code psi.amqp.connection-timeout} (ISO-8601 or milliseconds).
     */
    public Builder fromProperties(Properties properties) {
      Optional.ofNullable(properties.getProperty("psi.amqp.uri")).ifPresent(this::uri);
      Optional.ofNullable(properties.getProperty("psi.amqp.exchange")).ifPresent(this::exchange);
      confirmTimeout(RelaySettings.duration(properties, "psi.amqp.confirm-timeout", confirmTimeout));
      return connectionTimeout(RelaySettings.duration(properties, "psi.amqp.connection-timeout", connectionTimeout));
    }

    /** Checks the settings; the connection opens with the first batch, so a broker that is down does not stop a host. */
    public AmqpEventPublisher build() {
      ConnectionFactory factory = new ConnectionFactory();
      try {
        factory.setUri(Objects.requireNonNull(uri, "uri"));
      } catch (java.net.URISyntaxException | java.security.GeneralSecurityException | IllegalArgumentException e) {
        throw new IllegalArgumentException("psi.amqp.uri is not a valid AMQP URI: " + e.getMessage(), e);
      }
      factory.setConnectionTimeout((int) Math.min(Integer.MAX_VALUE, connectionTimeout.toMillis()));
      // The relay retries with back-off and resumes from the outbox; the client's own recovery would only race it.
      factory.setAutomaticRecoveryEnabled(false);
      return new AmqpEventPublisher(factory, exchange, confirmTimeout);
    }
  }
}
