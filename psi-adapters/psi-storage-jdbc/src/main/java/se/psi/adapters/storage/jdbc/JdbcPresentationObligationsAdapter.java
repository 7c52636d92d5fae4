package se.psi.adapters.storage.jdbc;

import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import se.psi.core.meeting.domain.MeetingId;
import se.psi.core.meeting.domain.PresentationObligation;
import se.psi.core.meeting.domain.PresentationObligationId;
import se.psi.core.meeting.port.out.PresentationObligations;

/** {@link PresentationObligations} over JDBC: table {@code presentation_obligation}. */
public final class JdbcPresentationObligationsAdapter implements PresentationObligations {

  private static final String COLUMNS = "id, project_reference, project_title, owed_since, dialogue_id, status, version";

  private final JdbcUnitOfWork db;

  public JdbcPresentationObligationsAdapter(JdbcUnitOfWork db) {
    this.db = db;
  }

  @Override
  public Option<PresentationObligation> find(PresentationObligationId id) {
    return Option.ofOptional(db.withConnection(c -> Sql.one(c,
        "SELECT " + COLUMNS + " FROM presentation_obligation WHERE id = ?", JdbcPresentationObligationsAdapter::read,
        id.value())));
  }

  @Override
  public List<PresentationObligation> unfulfilled() {
    return db.withConnection(c -> Sql.query(c, "SELECT " + COLUMNS + " FROM presentation_obligation"
        + " WHERE status <> 'FULFILLED' ORDER BY owed_since, id", JdbcPresentationObligationsAdapter::read));
  }

  @Override
  public Option<PresentationObligation> ofProject(String projectReference) {
    return Option.ofOptional(db.withConnection(c -> Sql.query(c, "SELECT " + COLUMNS + " FROM presentation_obligation"
        + " WHERE project_reference = ? ORDER BY owed_since, id FETCH FIRST 1 ROWS ONLY",
        JdbcPresentationObligationsAdapter::read,
        projectReference).stream().findFirst()));
  }

  @Override
  public void save(PresentationObligation o) {
    db.withConnection(c -> {
      Versioned.save("PresentationObligation", o.id().value(), o.version(),
          () -> Sql.update(c, "INSERT INTO presentation_obligation (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)",
              o.id().value(), o.projectReference(), o.projectTitle(), o.owedSince(), o.dialogue().map(MeetingId::value),
              o.status(), o.version()),
          () -> Sql.update(c, "UPDATE presentation_obligation SET dialogue_id = ?, status = ?, version = ?"
              + " WHERE id = ? AND version = ?", o.dialogue().map(MeetingId::value), o.status(), o.version(),
              o.id().value(), o.version() - 1));
      return null;
    });
  }

  private static PresentationObligation read(ResultSet row) throws SQLException {
    return PresentationObligation.builder()
        .id(new PresentationObligationId(Sql.uuid(row, "id")))
        .projectReference(row.getString("project_reference"))
        .projectTitle(row.getString("project_title"))
        .owedSince(Sql.date(row, "owed_since").orElseThrow())
        .dialogue(Optional.ofNullable(Sql.uuid(row, "dialogue_id")).map(MeetingId::new))
        .status(PresentationObligation.Status.valueOf(row.getString("status")))
        .version(row.getLong("version"))
        .build();
  }
}
