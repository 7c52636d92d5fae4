package se.psi.adapters.storage.jdbc;

import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import se.psi.core.grant.domain.Delegation;
import se.psi.core.grant.domain.DelegationId;
import se.psi.core.grant.port.out.Delegations;

/** The delegation register (GRA-5) over JDBC: table {@code delegation}. */
public final class JdbcDelegationsAdapter implements Delegations {

  private final JdbcUnitOfWork db;

  public JdbcDelegationsAdapter(JdbcUnitOfWork db) {
    this.db = db;
  }

  @Override
  public Option<Delegation> find(DelegationId id) {
    return Option.ofOptional(db.withConnection(c -> Sql.one(c, "SELECT id, delegate, position, from_committee, matter,"
        + " valid_from, valid_until, version FROM delegation WHERE id = ?", JdbcDelegationsAdapter::delegation,
        id.value())));
  }

  @Override
  public List<Delegation> all() {
    return db.withConnection(c -> Sql.query(c, "SELECT id, delegate, position, from_committee, matter, valid_from,"
        + " valid_until, version FROM delegation ORDER BY valid_from, id", JdbcDelegationsAdapter::delegation));
  }

  @Override
  public void save(Delegation d) {
    db.withConnection(c -> {
      Versioned.save("Delegation", d.id().value(), d.version(),
          () -> Sql.update(c, "INSERT INTO delegation (id, delegate, position, from_committee, matter, valid_from,"
              + " valid_until, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", d.id().value(), d.delegate(), d.position(),
              d.fromCommittee(), d.matter(), d.validFrom(), d.validUntil(), d.version()),
          () -> Sql.update(c, "UPDATE delegation SET valid_until = ?, version = ? WHERE id = ? AND version = ?",
              d.validUntil(), d.version(), d.id().value(), d.version() - 1));
      return null;
    });
  }

  private static Delegation delegation(ResultSet row) throws SQLException {
    return Delegation.builder().id(new DelegationId(Sql.uuid(row, "id"))).delegate(row.getString("delegate"))
        .position(row.getString("position")).fromCommittee(row.getString("from_committee"))
        .matter(row.getString("matter")).validFrom(Sql.date(row, "valid_from").orElseThrow())
        .validUntil(Sql.date(row, "valid_until")).version(row.getLong("version")).build();
  }
}
