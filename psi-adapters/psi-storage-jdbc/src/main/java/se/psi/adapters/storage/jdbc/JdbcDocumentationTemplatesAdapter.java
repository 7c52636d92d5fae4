package se.psi.adapters.storage.jdbc;

import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import se.psi.core.documentation.domain.DocumentationTemplate;
import se.psi.core.documentation.domain.DocumentationTemplateId;
import se.psi.core.documentation.port.out.DocumentationTemplates;
import se.psi.core.port.out.StaleVersionException;

/** {@link DocumentationTemplates} over JDBC: table {@code documentation_template}, one row per version. */
public final class JdbcDocumentationTemplatesAdapter implements DocumentationTemplates {

  private static final String COLUMNS = "name, template_version, fields, published_on";

  private final JdbcUnitOfWork db;

  public JdbcDocumentationTemplatesAdapter(JdbcUnitOfWork db) {
    this.db = db;
  }

  @Override
  public Option<DocumentationTemplate> find(DocumentationTemplateId id) {
    return Option.ofOptional(db.withConnection(c -> Sql.one(c, "SELECT " + COLUMNS
        + " FROM documentation_template WHERE name = ? AND template_version = ?",
        JdbcDocumentationTemplatesAdapter::template, id.name(), id.version())));
  }

  @Override
  public Option<DocumentationTemplate> latest(String name) {
    return Option.ofOptional(db.withConnection(c -> Sql.one(c, "SELECT " + COLUMNS
        + " FROM documentation_template WHERE name = ? ORDER BY template_version DESC LIMIT 1",
        JdbcDocumentationTemplatesAdapter::template, name)));
  }

  @Override
  public List<DocumentationTemplate> latestOfEach() {
    return db.withConnection(c -> Sql.query(c, "SELECT t.name, t.template_version, t.fields, t.published_on"
        + " FROM documentation_template t WHERE t.template_version = (SELECT MAX(u.template_version)"
        + " FROM documentation_template u WHERE u.name = t.name) ORDER BY t.name",
        JdbcDocumentationTemplatesAdapter::template));
  }

  @Override
  public void add(DocumentationTemplate t) {
    db.withConnection(c -> {
      if (find(t.id()).isDefined()) {
        throw new StaleVersionException(DocumentationTemplate.TYPE, t.id().toString(), 0);
      }
      return Sql.update(c, "INSERT INTO documentation_template (" + COLUMNS + ") VALUES (?, ?, ?, ?)", t.name(),
          t.templateVersion(), DocumentationDocuments.FIELDS.write(t.fields()), t.publishedOn());
    });
  }

  private static DocumentationTemplate template(ResultSet row) throws SQLException {
    return DocumentationTemplate.builder().name(row.getString("name"))
        .templateVersion(row.getInt("template_version"))
        .fields(DocumentationDocuments.FIELDS.read(row.getString("fields")))
        .publishedOn(Sql.date(row, "published_on").orElseThrow()).build();
  }
}
