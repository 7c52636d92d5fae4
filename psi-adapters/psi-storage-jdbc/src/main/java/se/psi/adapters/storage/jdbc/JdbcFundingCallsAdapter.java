package se.psi.adapters.storage.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import se.psi.core.project.domain.FundingCall;
import se.psi.core.project.domain.FundingCallId;
import se.psi.core.project.port.out.FundingCalls;

/** {@link FundingCalls} over JDBC, in table {@code funding_call}. */
public final class JdbcFundingCallsAdapter implements FundingCalls {
  private final JdbcUnitOfWork db;

  public JdbcFundingCallsAdapter(JdbcUnitOfWork db) {
    this.db = db;
  }

  @Override
  public Option<FundingCall> find(FundingCallId id) {
    return Option.ofOptional(db.withConnection(c -> Sql.one(c, "SELECT * FROM funding_call WHERE id = ?",
        JdbcFundingCallsAdapter::read, id.value())));
  }

  @Override
  public List<FundingCall> all() {
    return db.withConnection(c -> Sql.query(c, "SELECT * FROM funding_call ORDER BY deadline, id",
        JdbcFundingCallsAdapter::read));
  }

  @Override
  public void save(FundingCall f) {
    db.withConnection(c -> {
      Versioned.save(FundingCall.TYPE, f.id().value(), f.version(),
          () -> Sql.update(c, "INSERT INTO funding_call (id, funder, programme, deadline, themes, published_on,"
              + " version) VALUES (?, ?, ?, ?, ?, ?, ?)", f.id().value(), f.funder(), f.programme(), f.deadline(),
              Documents.write(f.themes()), f.publishedOn(), f.version()),
          () -> Sql.update(c, "UPDATE funding_call SET deadline = ?, themes = ?, version = ? WHERE id = ?"
              + " AND version = ?", f.deadline(), Documents.write(f.themes()), f.version(), f.id().value(),
              f.version() - 1));
      return null;
    });
  }

  private static FundingCall read(ResultSet row) throws SQLException {
    return new FundingCall(new FundingCallId(Sql.uuid(row, "id")), row.getString("funder"), row.getString("programme"),
        Sql.date(row, "deadline").orElseThrow(), Documents.read(row.getString("themes"),
            new TypeReference<Set<String>>() {}), Sql.date(row, "published_on").orElseThrow(),
        row.getLong("version"));
  }
}
