package se.psi.core.usecase;

import se.psi.core.shared.DomainEvent;

/**
 * Driven port: where a change's domain events are written, inside the change's own transaction, to be published
 * afterwards at least once (the transactional outbox).
 */
public interface EventOutbox {

  void append(DomainEvent event);
}
