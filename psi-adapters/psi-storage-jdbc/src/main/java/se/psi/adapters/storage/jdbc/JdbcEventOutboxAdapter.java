package se.psi.adapters.storage.jdbc;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import se.psi.core.shared.DomainEvent;
import se.psi.core.port.out.EventOutbox;
import se.psi.core.outbox.OutboxReader;
import se.psi.core.outbox.OutboxRecord;
import se.psi.events.EventJson;

/**
 * The transactional outbox over JDBC: table {@code outbox}, each event in its published envelope (psi-events).
 * Events are appended on the change's own connection, so they commit or roll back with it; positions ascend in
 * commit order for each aggregate (its changes are serialized by optimistic locking).
 */
public final class JdbcEventOutboxAdapter implements EventOutbox, OutboxReader {

  private final JdbcUnitOfWork db;

  public JdbcEventOutboxAdapter(JdbcUnitOfWork db) {
    this.db = db;
  }

  @Override
  public void append(DomainEvent event) {
    appendAll(List.of(event));
  }

  /** A change's events in one batch: one round trip however many there are. */
  @Override
  public void appendAll(List<? extends DomainEvent> events) {
    List<Object[]> rows = events.stream().map(event -> new Object[] {event.eventId(), event.aggregateType(),
        event.aggregateId(), event.type(), EventJson.write(event), event.occurredAt()}).toList();
    db.withConnection(c -> {
      Sql.batch(c, "INSERT INTO outbox (event_id, aggregate_type, aggregate_id, event_type, payload, occurred_at)"
          + " VALUES (?, ?, ?, ?, ?, ?)", rows);
      return null;
    });
  }

  @Override
  public List<OutboxRecord> unpublished(int limit) {
    return db.withConnection(c -> Sql.query(c, "SELECT position, event_id, aggregate_type, aggregate_id, event_type,"
        + " payload, occurred_at, published_at FROM outbox WHERE published_at IS NULL ORDER BY position LIMIT ?",
        row -> new OutboxRecord(row.getLong("position"), Sql.uuid(row, "event_id"), row.getString("aggregate_type"),
            row.getString("aggregate_id"), row.getString("event_type"), row.getString("payload"),
            Sql.instant(row, "occurred_at"), Sql.optionalInstant(row, "published_at")), limit));
  }

  @Override
  public void markPublished(Collection<Long> positions, Instant at) {
    List<Object[]> rows = positions.stream().map(position -> new Object[] {at, position}).toList();
    db.withConnection(c -> {
      Sql.batch(c, "UPDATE outbox SET published_at = ? WHERE position = ? AND published_at IS NULL", rows);
      return null;
    });
  }

  @Override
  public int deletePublishedBefore(Instant cutoff) {
    return db.withConnection(c -> Sql.update(c, "DELETE FROM outbox WHERE published_at < ?", cutoff));
  }
}
