package se.psi.core.usecase;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import se.psi.core.shared.DomainEvent;

/** Writes events to the outbox and lets every {@link EventPolicy} react, within the caller's transaction. */
public final class EventBus {

  private final EventOutbox outbox;
  private final Set<EventPolicy> policies;

  @Inject
  public EventBus(EventOutbox outbox, Set<EventPolicy> policies) {
    this.outbox = outbox;
    this.policies = Set.copyOf(policies);
  }

  public void publish(List<? extends DomainEvent> events) {
    for (DomainEvent event : events) {
      outbox.append(event);
      for (EventPolicy policy : policies) {
        publish(policy.react(event));
      }
    }
  }
}
