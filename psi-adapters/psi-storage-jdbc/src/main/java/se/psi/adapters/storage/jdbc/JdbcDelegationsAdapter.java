package se.psi.adapters.storage.jdbc;

import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import se.psi.core.grant.domain.Delegation;
import se.psi.core.grant.domain.DelegationId;
import se.psi.core.grant.port.out.Delegations;
import se.psi.core.shared.Sek;

/** The delegation register (GRA-5) over JDBC: table {@code delegation}. */
public final class JdbcDelegationsAdapter implements Delegations {

  private static final String COLUMNS = "id, delegate, position, from_committee, matter, valid_from, valid_until,"
      + " scheme_years, ceiling, revoked_on, revocation_reason, version";

  private final JdbcUnitOfWork db;

  public JdbcDelegationsAdapter(JdbcUnitOfWork db) {
    this.db = db;
  }

  @Override
  public Option<Delegation> find(DelegationId id) {
    return Option.ofOptional(db.withConnection(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM delegation WHERE id = ?",
        JdbcDelegationsAdapter::delegation, id.value())));
  }

  @Override
  public List<Delegation> all() {
    return db.withConnection(c -> Sql.query(c, "SELECT " + COLUMNS + " FROM delegation ORDER BY valid_from, id",
        JdbcDelegationsAdapter::delegation));
  }

  @Override
  public void save(Delegation d) {
    db.withConnection(c -> {
      Versioned.save("Delegation", d.id().value(), d.version(),
          () -> Sql.update(c, "INSERT INTO delegation (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              d.id().value(), d.delegate(), d.position(), d.fromCommittee(), d.matter(), d.validFrom(),
              d.validUntil(), years(d), d.ceiling().map(Sek::kronor), d.revokedOn(), d.revocationReason(),
              d.version()),
          () -> Sql.update(c, "UPDATE delegation SET valid_until = ?, scheme_years = ?, ceiling = ?, revoked_on = ?,"
              + " revocation_reason = ?, version = ? WHERE id = ? AND version = ?", d.validUntil(), years(d),
              d.ceiling().map(Sek::kronor), d.revokedOn(), d.revocationReason(), d.version(), d.id().value(),
              d.version() - 1));
      return null;
    });
  }

  private static Delegation delegation(ResultSet row) throws SQLException {
    return Delegation.builder().id(new DelegationId(Sql.uuid(row, "id"))).delegate(row.getString("delegate"))
        .position(row.getString("position")).fromCommittee(row.getString("from_committee"))
        .matter(row.getString("matter")).validFrom(Sql.date(row, "valid_from").orElseThrow())
        .validUntil(Sql.date(row, "valid_until"))
        .schemeYears(Arrays.stream(row.getString("scheme_years").split(",")).filter(y -> !y.isBlank())
            .map(y -> Integer.valueOf(y.strip())).toList())
        .ceiling(Optional.ofNullable((Long) row.getObject("ceiling", Long.class)).map(Sek::of))
        .revokedOn(Sql.date(row, "revoked_on")).revocationReason(Sql.string(row, "revocation_reason"))
        .version(row.getLong("version")).build();
  }

  /** GRA-14: the scheme years, comma-separated; empty for every year. */
  private static String years(Delegation d) {
    return d.schemeYears().stream().map(String::valueOf).collect(Collectors.joining(","));
  }
}
