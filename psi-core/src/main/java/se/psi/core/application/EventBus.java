package se.psi.core.application;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.psi.core.shared.DomainEvent;
import se.psi.core.port.out.EventOutbox;

/** Writes events to the outbox and lets every {@link EventPolicy} react, within the caller's transaction. */
public final class EventBus {

  private final EventOutbox outbox;
  private final Set<EventPolicy> policies;

  @Inject
  public EventBus(EventOutbox outbox, Set<EventPolicy> policies) {
    this.outbox = outbox;
    this.policies = Set.copyOf(policies);
  }

  /** Each event, then what the policies made of it, in that order, written to the outbox together. */
  public void publish(List<? extends DomainEvent> events) {
    List<DomainEvent> all = new ArrayList<>();
    collect(events, all);
    if (!all.isEmpty()) {
      outbox.appendAll(all);
    }
  }

  private void collect(List<? extends DomainEvent> events, List<DomainEvent> all) {
    for (DomainEvent event : events) {
      all.add(event);
      for (EventPolicy policy : policies) {
        collect(policy.react(event), all);
      }
    }
  }
}
