package se.psi.core.outbox;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;
import se.psi.core.port.out.UnitOfWork;

/**
 * For integrators consuming the partnership's events: delivery is at least once, so the same event may arrive again;
 * this runs the consumer's effect once per event id. Effect and record commit in one transaction, so a crash between
 * them redelivers the event and the effect is not lost.
 */
public final class DuplicateFilter {

  private final ProcessedEvents processed;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public DuplicateFilter(ProcessedEvents processed, UnitOfWork unitOfWork, Clock clock) {
    this.processed = processed;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /** Runs {@code effect} unless {@code eventId} was handled before; returns whether it ran. */
  public <E> boolean handleOnce(UUID eventId, E event, Consumer<E> effect) {
    return unitOfWork.inTransaction(() -> {
      if (!processed.markProcessed(eventId, clock.instant())) {
        return false;
      }
      effect.accept(event);
      return true;
    });
  }
}
