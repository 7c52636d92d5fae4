package se.psi.adapters.storage.jdbc;

import java.time.Duration;
import java.time.Instant;
import se.psi.core.outbox.RelayLease;

/**
 * {@link RelayLease} over JDBC: one row, taken with a conditional update (free, expired, or already ours), so two
 * hosts racing for it cannot both win: the database serializes the updates of the row.
 */
public final class JdbcRelayLeaseAdapter implements RelayLease {

  private final JdbcUnitOfWork db;

  public JdbcRelayLeaseAdapter(JdbcUnitOfWork db) {
    this.db = db;
  }

  @Override
  public boolean tryAcquire(String holder, Instant now, Duration ttl) {
    return db.withConnection(c -> Sql.update(c, "UPDATE relay_lease SET holder = ?, expires_at = ? WHERE name = 'outbox'"
        + " AND (holder = ? OR expires_at < ?)", holder, now.plus(ttl), holder, now)) == 1;
  }

  @Override
  public void release(String holder) {
    db.withConnection(c -> Sql.update(c, "UPDATE relay_lease SET expires_at = ? WHERE name = 'outbox' AND holder = ?",
        Instant.EPOCH, holder));
  }
}
