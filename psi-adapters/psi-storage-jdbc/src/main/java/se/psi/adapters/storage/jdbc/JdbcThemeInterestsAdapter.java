package se.psi.adapters.storage.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import se.psi.core.project.domain.ThemeInterest;
import se.psi.core.project.port.out.ThemeInterests;
import se.psi.core.shared.PartnerId;

/** {@link ThemeInterests} over JDBC, in table {@code theme_interest}. */
public final class JdbcThemeInterestsAdapter implements ThemeInterests {
  private final JdbcUnitOfWork db;

  public JdbcThemeInterestsAdapter(JdbcUnitOfWork db) {
    this.db = db;
  }

  @Override
  public Option<ThemeInterest> find(PartnerId partner) {
    return Option.ofOptional(db.withConnection(c -> Sql.one(c, "SELECT * FROM theme_interest WHERE partner_id = ?",
        JdbcThemeInterestsAdapter::read, partner.value())));
  }

  @Override
  public List<ThemeInterest> all() {
    return db.withConnection(c -> Sql.query(c, "SELECT * FROM theme_interest ORDER BY partner_id",
        JdbcThemeInterestsAdapter::read));
  }

  @Override
  public void save(ThemeInterest t) {
    db.withConnection(c -> {
      Versioned.save(ThemeInterest.TYPE, t.partner().value(), t.version(),
          () -> Sql.update(c, "INSERT INTO theme_interest (partner_id, themes, version) VALUES (?, ?, ?)",
              t.partner().value(), Documents.write(t.themes()), t.version()),
          () -> Sql.update(c, "UPDATE theme_interest SET themes = ?, version = ? WHERE partner_id = ?"
              + " AND version = ?", Documents.write(t.themes()), t.version(), t.partner().value(),
              t.version() - 1));
      return null;
    });
  }

  private static ThemeInterest read(ResultSet row) throws SQLException {
    return new ThemeInterest(new PartnerId(Sql.uuid(row, "partner_id")), Documents.read(row.getString("themes"),
        new TypeReference<Set<String>>() {}), row.getLong("version"));
  }
}
