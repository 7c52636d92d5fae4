package se.psi.adapters.messaging.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import se.psi.core.outbox.EventPublisher;
import se.psi.core.outbox.OutboxRecord;
import se.psi.core.outbox.RelaySettings;

/**
 * {@link EventPublisher} to Kafka. Each event goes to the topic of its aggregate type with the aggregate id as key,
 * so one aggregate's events land in one partition, in order; the producer is idempotent with {@code acks=all}, and
 * a batch counts as published only when the broker acknowledged each record.
 */
public final class KafkaEventPublisher implements EventPublisher, AutoCloseable {

  private static final long SAFETY_MARGIN_MS = 5_000;

  private final Producer<String, String> producer;
  private final String topicPrefix;
  private final Map<String, String> topics;
  private final Duration acknowledgementTimeout;

  KafkaEventPublisher(Producer<String, String> producer, String topicPrefix, Map<String, String> topics,
      Duration acknowledgementTimeout) {
    this.producer = producer;
    this.topicPrefix = topicPrefix;
    this.topics = Map.copyOf(topics);
    this.acknowledgementTimeout = acknowledgementTimeout;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The topic of an aggregate type: configured, or the prefix and the type in kebab case ({@code psi.partner}). */
  public String topicOf(String aggregateType) {
    return topics.getOrDefault(aggregateType,
        topicPrefix + aggregateType.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT));
  }

  @Override
  public void publish(List<OutboxRecord> records) {
    List<Future<RecordMetadata>> sent = new ArrayList<>();
    try {
      for (OutboxRecord record : records) {
        sent.add(producer.send(new ProducerRecord<>(topicOf(record.aggregateType()), record.aggregateId(),
            record.payload())));
      }
    } catch (RuntimeException refused) {
      awaitAcknowledged(sent, refused);
    }
    awaitAcknowledged(sent, null);
  }

  /** Waits for the acknowledgements in order; the first missing one ends the batch with what came before it. */
  private void awaitAcknowledged(List<Future<RecordMetadata>> sent, RuntimeException sendFailure) {
    for (int i = 0; i < sent.size(); i++) {
      try {
        // The producer itself fails a record at its delivery timeout; this wait is only a safety net beyond it.
        sent.get(i).get(acknowledgementTimeout.toMillis() + SAFETY_MARGIN_MS, TimeUnit.MILLISECONDS);
      } catch (ExecutionException | TimeoutException e) {
        throw new PublishFailure(i, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PublishFailure(i, e);
      }
    }
    if (sendFailure != null) {
      throw new PublishFailure(sent.size(), sendFailure);
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(10));
  }

  /** Connection and naming settings; only the bootstrap servers are required. */
  public static final class Builder {
    private String bootstrapServers;
    private String topicPrefix = "psi.";
    private Map<String, String> topics = Map.of();
    private Duration acknowledgementTimeout = Duration.ofSeconds(30);
    private final Properties extra = new Properties();
    private static final String TOPIC_KEY = "psi.kafka.topic.";
    private static final String PRODUCER_KEY = "psi.kafka.producer.";

    private Builder() {}

    public Builder bootstrapServers(String bootstrapServers) {
      this.bootstrapServers = bootstrapServers;
      return this;
    }

    /** Default {@code psi.}: topics are {@code psi.partner}, {@code psi.grant-application} ... */
    public Builder topicPrefix(String topicPrefix) {
      this.topicPrefix = Objects.requireNonNull(topicPrefix);
      return this;
    }

    /** Explicit topics by aggregate type, e.g. {@code Partner -> region.psi.partners}. */
    public Builder topics(Map<String, String> topics) {
      this.topics = Map.copyOf(topics);
      return this;
    }

    /** How long to wait for the broker's acknowledgement of a record; default 30 s. */
    public Builder acknowledgementTimeout(Duration timeout) {
      this.acknowledgementTimeout = Objects.requireNonNull(timeout);
      return this;
    }

    /** Any other producer setting (security, compression ...); idempotence and acks=all cannot be turned off. */
    public Builder producerProperty(String key, String value) {
      extra.setProperty(key, value);
      return this;
    }

    /**
     * Reads {@code psi.kafka.bootstrap-servers}, {@code psi.kafka.topic-prefix}, {@code psi.kafka.topic.<AggregateType>}
     * (one topic per aggregate type), {@code psi.kafka.ack-timeout} (ISO-8601 or milliseconds) and passes every
     * {@code psi.kafka.producer.<setting>} to the producer as it is.
     */
    public Builder fromProperties(Properties properties) {
      Optional.ofNullable(properties.getProperty("psi.kafka.bootstrap-servers")).ifPresent(this::bootstrapServers);
      Optional.ofNullable(properties.getProperty("psi.kafka.topic-prefix")).ifPresent(this::topicPrefix);
      acknowledgementTimeout(RelaySettings.duration(properties, "psi.kafka.ack-timeout", acknowledgementTimeout));
      Map<String, String> named = new HashMap<>(topics);
      for (String key : properties.stringPropertyNames()) {
        if (key.startsWith(TOPIC_KEY)) {
          named.put(key.substring(TOPIC_KEY.length()), properties.getProperty(key));
        } else if (key.startsWith(PRODUCER_KEY)) {
          producerProperty(key.substring(PRODUCER_KEY.length()), properties.getProperty(key));
        }
      }
      return topics(named);
    }

    public KafkaEventPublisher build() {
      Properties properties = new Properties();
      properties.putAll(extra);
      properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Objects.requireNonNull(bootstrapServers,
          "bootstrapServers"));
      properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
      properties.put(ProducerConfig.ACKS_CONFIG, "all");
      properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
      // Kafka requires delivery.timeout >= linger + request.timeout; the acknowledgement timeout bounds the whole
      // delivery, and a single request gets half of it so one retry still fits.
      int delivery = (int) Math.min(Integer.MAX_VALUE, Math.max(100, acknowledgementTimeout.toMillis()));
      properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
      properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.toString(delivery));
      properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Integer.toString((delivery - 5) / 2));
      return new KafkaEventPublisher(new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer()),
          topicPrefix, topics, acknowledgementTimeout);
    }
  }
}
