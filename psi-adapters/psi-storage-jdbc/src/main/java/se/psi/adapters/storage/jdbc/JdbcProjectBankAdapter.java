package se.psi.adapters.storage.jdbc;

import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import se.psi.core.advisory.domain.AdvisoryCaseId;
import se.psi.core.idea.domain.IdeaId;
import se.psi.core.project.domain.ProjectIdea;
import se.psi.core.project.domain.ProjectIdeaId;
import se.psi.core.project.port.out.ProjectBank;
import se.psi.core.shared.PartnerId;

/** {@link ProjectBank} over JDBC, in table {@code project_idea}. */
public final class JdbcProjectBankAdapter implements ProjectBank {
  private final JdbcUnitOfWork db;

  public JdbcProjectBankAdapter(JdbcUnitOfWork db) {
    this.db = db;
  }

  @Override
  public Option<ProjectIdea> find(ProjectIdeaId id) {
    return Option.ofOptional(db.withConnection(c -> Sql.one(c, "SELECT * FROM project_idea WHERE id = ?",
        JdbcProjectBankAdapter::read, id.value())));
  }

  @Override
  public List<ProjectIdea> all() {
    return db.withConnection(c -> Sql.query(c, "SELECT * FROM project_idea ORDER BY theme, id",
        JdbcProjectBankAdapter::read));
  }

  @Override
  public void save(ProjectIdea i) {
    db.withConnection(c -> {
      Versioned.save(ProjectIdea.TYPE, i.id().value(), i.version(),
          () -> Sql.update(c, "INSERT INTO project_idea (id, theme, title, description, proposed_by, added_on,"
              + " version, from_idea, from_advisory_case) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", i.id().value(),
              i.theme(), i.title(), i.description(), i.proposedBy().map(PartnerId::value), i.addedOn(), i.version(),
              i.fromIdea().map(IdeaId::value), i.fromAdvisoryCase().map(AdvisoryCaseId::value)),
          () -> Sql.update(c, "UPDATE project_idea SET theme = ?, title = ?, description = ?, version = ?"
              + " WHERE id = ? AND version = ?", i.theme(), i.title(), i.description(), i.version(), i.id().value(),
              i.version() - 1));
      return null;
    });
  }

  private static ProjectIdea read(ResultSet row) throws SQLException {
    return new ProjectIdea(new ProjectIdeaId(Sql.uuid(row, "id")), row.getString("theme"), row.getString("title"),
        row.getString("description"), Optional.ofNullable(Sql.uuid(row, "proposed_by")).map(PartnerId::new),
        Sql.date(row, "added_on").orElseThrow(), row.getLong("version"),
        Optional.ofNullable(Sql.uuid(row, "from_idea")).map(IdeaId::new),
        Optional.ofNullable(Sql.uuid(row, "from_advisory_case")).map(AdvisoryCaseId::new));
  }
}
