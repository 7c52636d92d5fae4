package se.psi.adapters.messaging.amqp;

import com.google.inject.AbstractModule;
import se.psi.core.outbox.EventPublisher;

/** Guice: the core's {@link EventPublisher} is RabbitMQ. Relay with {@code OutboxRelay} and {@code RelayScheduler}. */
public final class AmqpPsiModule extends AbstractModule {

  private final AmqpEventPublisher publisher;

  public AmqpPsiModule(AmqpEventPublisher publisher) {
    this.publisher = publisher;
  }

  @Override
  protected void configure() {
    bind(EventPublisher.class).toInstance(publisher);
    bind(AmqpEventPublisher.class).toInstance(publisher);
  }
}
