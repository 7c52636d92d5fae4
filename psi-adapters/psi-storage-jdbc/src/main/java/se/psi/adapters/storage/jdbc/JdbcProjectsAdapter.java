package se.psi.adapters.storage.jdbc;

import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import se.psi.core.project.domain.Project;
import se.psi.core.project.domain.ProjectId;
import se.psi.core.project.port.out.Projects;
import se.psi.core.shared.PartnerId;

/** {@link Projects} over JDBC, in table {@code project}. */
public final class JdbcProjectsAdapter implements Projects {
  private final JdbcUnitOfWork db;

  public JdbcProjectsAdapter(JdbcUnitOfWork db) {
    this.db = db;
  }

  @Override
  public Option<Project> find(ProjectId id) {
    return Option.ofOptional(db.withConnection(c -> Sql.one(c, "SELECT * FROM project WHERE id = ?",
        JdbcProjectsAdapter::read, id.value())));
  }

  @Override
  public List<Project> all() {
    return db.withConnection(c -> Sql.query(c, "SELECT * FROM project ORDER BY title, id",
        JdbcProjectsAdapter::read));
  }

  @Override
  public void save(Project p) {
    db.withConnection(c -> {
      Versioned.save(Project.TYPE, p.id().value(), p.version(),
          () -> Sql.update(c, "INSERT INTO project (id, owner_id, title, description, anchored_on,"
              + " stakeholder_group, version) VALUES (?, ?, ?, ?, ?, ?, ?)", p.id().value(), p.owner().value(),
              p.title(), p.description(), p.anchoredOn(), p.stakeholderGroup(), p.version()),
          () -> Sql.update(c, "UPDATE project SET title = ?, description = ?, anchored_on = ?,"
              + " stakeholder_group = ?, version = ? WHERE id = ? AND version = ?", p.title(), p.description(),
              p.anchoredOn(), p.stakeholderGroup(), p.version(), p.id().value(), p.version() - 1));
      return null;
    });
  }

  private static Project read(ResultSet row) throws SQLException {
    return Project.builder().id(new ProjectId(Sql.uuid(row, "id"))).owner(new PartnerId(Sql.uuid(row, "owner_id")))
        .title(row.getString("title")).description(row.getString("description"))
        .anchoredOn(Sql.date(row, "anchored_on")).stakeholderGroup(row.getBoolean("stakeholder_group"))
        .version(row.getLong("version")).build();
  }
}
