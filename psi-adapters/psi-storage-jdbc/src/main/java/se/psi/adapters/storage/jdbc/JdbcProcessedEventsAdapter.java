package se.psi.adapters.storage.jdbc;

import java.time.Instant;
import java.util.UUID;
import se.psi.core.outbox.ProcessedEvents;
import se.psi.core.port.out.ConstraintConflictException;

/**
 * {@link ProcessedEvents} over JDBC: table {@code processed_event}. The primary key decides between concurrent
 * redeliveries; the insert runs in the consumer's transaction, so a redelivery waits for the first to commit.
 */
public final class JdbcProcessedEventsAdapter implements ProcessedEvents {

  private final JdbcUnitOfWork db;

  public JdbcProcessedEventsAdapter(JdbcUnitOfWork db) {
    this.db = db;
  }

  @Override
  public boolean markProcessed(UUID eventId, Instant at) {
    try {
      return db.withConnection(c -> Sql.update(c, "INSERT INTO processed_event (event_id, processed_at)"
          + " SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM processed_event WHERE event_id = ?)", eventId, at,
          eventId)) == 1;
    } catch (ConstraintConflictException concurrentRedelivery) {
      return false;
    }
  }

  @Override
  public int forgetBefore(Instant cutoff) {
    return db.withConnection(c -> Sql.update(c, "DELETE FROM processed_event WHERE processed_at < ?", cutoff));
  }
}
