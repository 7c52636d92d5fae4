package se.psi.adapters.storage.jdbc;

import java.time.Instant;
import java.util.List;
import se.psi.core.port.out.AuditEntry;
import se.psi.core.port.out.AuditLog;

/** {@link AuditLog} over JDBC: table {@code audit_entry}, insert-only. */
public final class JdbcAuditLogAdapter implements AuditLog {

  private final JdbcUnitOfWork db;

  public JdbcAuditLogAdapter(JdbcUnitOfWork db) {
    this.db = db;
  }

  @Override
  public void append(AuditEntry entry) {
    db.withConnection(c -> Sql.update(c, "INSERT INTO audit_entry (id, at, actor_person_id, use_case, resource_type,"
        + " resource_id, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)", entry.id(), entry.at(), entry.actorPersonId(),
        entry.useCase(), entry.resourceType(), entry.resourceId(), entry.outcome()));
  }

  @Override
  public List<AuditEntry> between(Instant from, Instant to) {
    return db.withConnection(c -> Sql.query(c, "SELECT id, at, actor_person_id, use_case, resource_type, resource_id,"
        + " outcome FROM audit_entry WHERE at >= ? AND at < ? ORDER BY at, id", row -> new AuditEntry(
            Sql.uuid(row, "id"), Sql.instant(row, "at"), row.getString("actor_person_id"), row.getString("use_case"),
            row.getString("resource_type"), row.getString("resource_id"), row.getString("outcome")), from, to));
  }
}
