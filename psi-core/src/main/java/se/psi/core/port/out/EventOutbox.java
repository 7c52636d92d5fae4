package se.psi.core.port.out;

import java.util.List;
import se.psi.core.shared.DomainEvent;

/**
 * Driven port: where a change's domain events are written, inside the change's own transaction, to be published
 * afterwards at least once (the transactional outbox).
 */
public interface EventOutbox {

  void append(DomainEvent event);

  /**
   * A change's events, in order. An adapter that can write them together (a JDBC batch) overrides this; the default
   * appends them one by one.
   */
  default void appendAll(List<? extends DomainEvent> events) {
    events.forEach(this::append);
  }
}
