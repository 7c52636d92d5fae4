package se.psi.adapters.storage.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.psi.core.project.domain.Project;
import se.psi.core.project.domain.ProjectsAndCalls.FundingCall;
import se.psi.core.project.domain.ProjectsAndCalls.ProjectIdea;
import se.psi.core.project.domain.ProjectsAndCalls.ThemeInterest;
import se.psi.core.project.port.out.FundingCalls;
import se.psi.core.project.port.out.ProjectBank;
import se.psi.core.project.port.out.ThemeInterests;
import se.psi.core.shared.PartnerId;

/** The project and call ports over JDBC, one small class per port. */
public final class JdbcProjectsAdapter {

  private JdbcProjectsAdapter() {}

  /** Table {@code funding_call}. */
  public static final class Calls implements FundingCalls {
    private final JdbcUnitOfWork db;

    public Calls(JdbcUnitOfWork db) {
      this.db = db;
    }

    @Override
    public Option<FundingCall> find(UUID id) {
      return Option.ofOptional(db.withConnection(c -> Sql.one(c, "SELECT * FROM funding_call WHERE id = ?",
          Calls::read, id)));
    }

    @Override
    public List<FundingCall> all() {
      return db.withConnection(c -> Sql.query(c, "SELECT * FROM funding_call ORDER BY deadline, id", Calls::read));
    }

    @Override
    public void save(FundingCall f) {
      db.withConnection(c -> {
        Versioned.save("FundingCall", f.id(), f.version(),
            () -> Sql.update(c, "INSERT INTO funding_call (id, funder, programme, deadline, themes, published_on,"
                + " version) VALUES (?, ?, ?, ?, ?, ?, ?)", f.id(), f.funder(), f.programme(), f.deadline(),
                Documents.write(f.themes()), f.publishedOn(), f.version()),
            () -> Sql.update(c, "UPDATE funding_call SET deadline = ?, themes = ?, version = ? WHERE id = ?"
                + " AND version = ?", f.deadline(), Documents.write(f.themes()), f.version(), f.id(),
                f.version() - 1));
        return null;
      });
    }

    private static FundingCall read(ResultSet row) throws SQLException {
      return new FundingCall(Sql.uuid(row, "id"), row.getString("funder"), row.getString("programme"),
          Sql.date(row, "deadline").orElseThrow(), Documents.read(row.getString("themes"),
              new TypeReference<Set<String>>() {}), Sql.date(row, "published_on").orElseThrow(),
          row.getLong("version"));
    }
  }

  /** Table {@code theme_interest}. */
  public static final class Interests implements ThemeInterests {
    private final JdbcUnitOfWork db;

    public Interests(JdbcUnitOfWork db) {
      this.db = db;
    }

    @Override
    public Option<ThemeInterest> find(PartnerId partner) {
      return Option.ofOptional(db.withConnection(c -> Sql.one(c, "SELECT * FROM theme_interest WHERE partner_id = ?",
          Interests::read, partner.value())));
    }

    @Override
    public List<ThemeInterest> all() {
      return db.withConnection(c -> Sql.query(c, "SELECT * FROM theme_interest ORDER BY partner_id",
          Interests::read));
    }

    @Override
    public void save(ThemeInterest t) {
      db.withConnection(c -> {
        Versioned.save("ThemeInterest", t.partner().value(), t.version(),
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

  /** Table {@code project_idea}. */
  public static final class Bank implements ProjectBank {
    private final JdbcUnitOfWork db;

    public Bank(JdbcUnitOfWork db) {
      this.db = db;
    }

    @Override
    public Option<ProjectIdea> find(UUID id) {
      return Option.ofOptional(db.withConnection(c -> Sql.one(c, "SELECT * FROM project_idea WHERE id = ?",
          Bank::read, id)));
    }

    @Override
    public List<ProjectIdea> all() {
      return db.withConnection(c -> Sql.query(c, "SELECT * FROM project_idea ORDER BY theme, id", Bank::read));
    }

    @Override
    public void save(ProjectIdea i) {
      db.withConnection(c -> {
        Versioned.save("ProjectIdea", i.id(), i.version(),
            () -> Sql.update(c, "INSERT INTO project_idea (id, theme, title, description, proposed_by, added_on,"
                + " version, from_idea, from_advisory_case) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", i.id(), i.theme(),
                i.title(), i.description(), i.proposedBy().map(PartnerId::value), i.addedOn(), i.version(),
                i.fromIdea(), i.fromAdvisoryCase()),
            () -> Sql.update(c, "UPDATE project_idea SET theme = ?, title = ?, description = ?, version = ?"
                + " WHERE id = ? AND version = ?", i.theme(), i.title(), i.description(), i.version(), i.id(),
                i.version() - 1));
        return null;
      });
    }

    private static ProjectIdea read(ResultSet row) throws SQLException {
      return new ProjectIdea(Sql.uuid(row, "id"), row.getString("theme"), row.getString("title"),
          row.getString("description"), Optional.ofNullable(Sql.uuid(row, "proposed_by")).map(PartnerId::new),
          Sql.date(row, "added_on").orElseThrow(), row.getLong("version"),
          Optional.ofNullable(Sql.uuid(row, "from_idea")), Optional.ofNullable(Sql.uuid(row, "from_advisory_case")));
    }
  }

  /** Table {@code project}. */
  public static final class Projects implements se.psi.core.project.port.out.Projects {
    private final JdbcUnitOfWork db;

    public Projects(JdbcUnitOfWork db) {
      this.db = db;
    }

    @Override
    public Option<Project> find(UUID id) {
      return Option.ofOptional(db.withConnection(c -> Sql.one(c, "SELECT * FROM project WHERE id = ?",
          Projects::read, id)));
    }

    @Override
    public List<Project> all() {
      return db.withConnection(c -> Sql.query(c, "SELECT * FROM project ORDER BY title, id", Projects::read));
    }

    @Override
    public void save(Project p) {
      db.withConnection(c -> {
        Versioned.save("Project", p.id(), p.version(),
            () -> Sql.update(c, "INSERT INTO project (id, owner_id, title, description, anchored_on,"
                + " stakeholder_group, version) VALUES (?, ?, ?, ?, ?, ?, ?)", p.id(), p.owner().value(), p.title(),
                p.description(), p.anchoredOn(), p.stakeholderGroup(), p.version()),
            () -> Sql.update(c, "UPDATE project SET title = ?, description = ?, anchored_on = ?,"
                + " stakeholder_group = ?, version = ? WHERE id = ? AND version = ?", p.title(), p.description(),
                p.anchoredOn(), p.stakeholderGroup(), p.version(), p.id(), p.version() - 1));
        return null;
      });
    }

    private static Project read(ResultSet row) throws SQLException {
      return Project.builder().id(Sql.uuid(row, "id")).owner(new PartnerId(Sql.uuid(row, "owner_id")))
          .title(row.getString("title")).description(row.getString("description"))
          .anchoredOn(Sql.date(row, "anchored_on")).stakeholderGroup(row.getBoolean("stakeholder_group"))
          .version(row.getLong("version")).build();
    }
  }
}
