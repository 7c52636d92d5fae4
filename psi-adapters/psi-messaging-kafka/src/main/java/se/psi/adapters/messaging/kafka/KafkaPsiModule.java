package se.psi.adapters.messaging.kafka;

import com.google.inject.AbstractModule;
import se.psi.core.outbox.EventPublisher;

/** Guice: the core's {@link EventPublisher} is Kafka. Relay with {@code OutboxRelay} and {@code RelayScheduler}. */
public final class KafkaPsiModule extends AbstractModule {

  private final KafkaEventPublisher publisher;

  public KafkaPsiModule(KafkaEventPublisher publisher) {
    this.publisher = publisher;
  }

  @Override
  protected void configure() {
    bind(EventPublisher.class).toInstance(publisher);
    bind(KafkaEventPublisher.class).toInstance(publisher);
  }
}
