package se.psi.examples.embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import se.psi.core.shared.DomainEvent;
import se.psi.core.port.out.EventOutbox;
import se.psi.testkit.memory.Transactional;

/**
 * The municipality's outbox: the core writes each change's events into it inside the change's transaction, so a
 * change that fails takes its events with it; {@link #dispatchTo} hands the committed ones to the municipality's
 * own systems, oldest first, each once.
 */
public final class CommittedEvents implements EventOutbox, Transactional {

  private List<DomainEvent> pending = new ArrayList<>();

  @Override
  public synchronized void append(DomainEvent event) {
    pending.add(event);
  }

  /** Hands every committed event not yet dispatched to {@code listener}. */
  public void dispatchTo(Consumer<DomainEvent> listener) {
    List<DomainEvent> committed;
    synchronized (this) {
      committed = pending;
      pending = new ArrayList<>();
    }
    committed.forEach(listener);
  }

  @Override
  public synchronized Object snapshot() {
    return new ArrayList<>(pending);
  }

  @Override
  @SuppressWarnings("unchecked")
  public synchronized void restore(Object snapshot) {
    pending = new ArrayList<>((List<DomainEvent>) snapshot);
  }
}
