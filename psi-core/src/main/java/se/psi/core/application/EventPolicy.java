package se.psi.core.application;

import java.util.List;
import se.psi.core.shared.DomainEvent;

/**
 * A rule that reacts to an event inside the same transaction, e.g. "a withdrawal ends the partner's committee
 * seat" (MEM-7). This is how one feature reacts to another without depending on it. Returns the events its own
 * changes caused.
 */
public interface EventPolicy {

  List<DomainEvent> react(DomainEvent event);
}
