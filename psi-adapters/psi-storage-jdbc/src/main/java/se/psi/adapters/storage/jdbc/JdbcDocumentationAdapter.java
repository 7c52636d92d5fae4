package se.psi.adapters.storage.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.psi.core.documentation.domain.DocumentationTemplate;
import se.psi.core.documentation.domain.InnovationOrigin;
import se.psi.core.documentation.domain.InnovationRecord;
import se.psi.core.documentation.port.out.DocumentationTemplates;
import se.psi.core.documentation.port.out.InnovationRecords;
import se.psi.core.port.out.StaleVersionException;

/** The documentation ports over JDBC: tables {@code documentation_template}, {@code innovation_record}. */
public final class JdbcDocumentationAdapter implements DocumentationTemplates, InnovationRecords {

  private static final String RECORD_COLUMNS = "id, template_name, template_version, challenge, innovation, origin,"
      + " actors, priority_areas, results, answers, recorded_on, version";

  private final JdbcUnitOfWork db;

  public JdbcDocumentationAdapter(JdbcUnitOfWork db) {
    this.db = db;
  }

  @Override
  public Option<DocumentationTemplate> find(String name, int templateVersion) {
    return Option.ofOptional(db.withConnection(c -> Sql.one(c, "SELECT name, template_version, fields, published_on"
        + " FROM documentation_template WHERE name = ? AND template_version = ?", JdbcDocumentationAdapter::template,
        name, templateVersion)));
  }

  @Override
  public Option<DocumentationTemplate> latest(String name) {
    return Option.ofOptional(db.withConnection(c -> Sql.one(c, "SELECT name, template_version, fields, published_on"
        + " FROM documentation_template WHERE name = ? ORDER BY template_version DESC LIMIT 1",
        JdbcDocumentationAdapter::template, name)));
  }

  @Override
  public List<DocumentationTemplate> latestOfEach() {
    return db.withConnection(c -> Sql.query(c, "SELECT t.name, t.template_version, t.fields, t.published_on"
        + " FROM documentation_template t WHERE t.template_version = (SELECT MAX(u.template_version)"
        + " FROM documentation_template u WHERE u.name = t.name) ORDER BY t.name", JdbcDocumentationAdapter::template));
  }

  @Override
  public void add(DocumentationTemplate t) {
    db.withConnection(c -> {
      if (find(t.name(), t.templateVersion()).isDefined()) {
        throw new StaleVersionException("DocumentationTemplate", t.name() + "@" + t.templateVersion(), 0);
      }
      return Sql.update(c, "INSERT INTO documentation_template (name, template_version, fields, published_on)"
          + " VALUES (?, ?, ?, ?)", t.name(), t.templateVersion(), DocumentationDocuments.FIELDS.write(t.fields()),
          t.publishedOn());
    });
  }

  @Override
  public Option<InnovationRecord> find(UUID id) {
    return Option.ofOptional(db.withConnection(c -> Sql.one(c,
        "SELECT " + RECORD_COLUMNS + " FROM innovation_record WHERE id = ?", JdbcDocumentationAdapter::record, id)));
  }

  @Override
  public List<InnovationRecord> all() {
    return db.withConnection(c -> Sql.query(c,
        "SELECT " + RECORD_COLUMNS + " FROM innovation_record ORDER BY recorded_on DESC, id",
        JdbcDocumentationAdapter::record));
  }

  @Override
  public void save(InnovationRecord r) {
    db.withConnection(c -> {
      Versioned.save("InnovationRecord", r.id(), r.version(),
          () -> Sql.update(c, "INSERT INTO innovation_record (" + RECORD_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
              + " ?, ?, ?, ?)", r.id(), r.templateName(), r.templateVersion(), r.challenge(), r.innovation(),
              r.origin(), Documents.write(r.actors()), DocumentationDocuments.PRIORITY_AREAS.write(r.priorityAreas()),
              r.results(), Documents.write(r.answers()), r.recordedOn(), r.version()),
          () -> Sql.update(c, "UPDATE innovation_record SET challenge = ?, innovation = ?, origin = ?, actors = ?,"
              + " priority_areas = ?, results = ?, answers = ?, version = ? WHERE id = ? AND version = ?",
              r.challenge(), r.innovation(), r.origin(), Documents.write(r.actors()),
              DocumentationDocuments.PRIORITY_AREAS.write(r.priorityAreas()), r.results(),
              Documents.write(r.answers()), r.version(), r.id(), r.version() - 1));
      return null;
    });
  }

  private static DocumentationTemplate template(ResultSet row) throws SQLException {
    return DocumentationTemplate.builder().name(row.getString("name"))
        .templateVersion(row.getInt("template_version"))
        .fields(DocumentationDocuments.FIELDS.read(row.getString("fields")))
        .publishedOn(Sql.date(row, "published_on").orElseThrow()).build();
  }

  private static InnovationRecord record(ResultSet row) throws SQLException {
    return InnovationRecord.builder()
        .id(Sql.uuid(row, "id"))
        .templateName(row.getString("template_name"))
        .templateVersion(row.getInt("template_version"))
        .challenge(row.getString("challenge"))
        .innovation(row.getString("innovation"))
        .origin(InnovationOrigin.valueOf(row.getString("origin")))
        .actors(Documents.read(row.getString("actors"), new TypeReference<List<String>>() {}))
        .priorityAreas(DocumentationDocuments.PRIORITY_AREAS.read(row.getString("priority_areas")))
        .results(row.getString("results"))
        .answers(Documents.read(row.getString("answers"), new TypeReference<Map<String, String>>() {}))
        .recordedOn(Sql.date(row, "recorded_on").orElseThrow())
        .version(row.getLong("version"))
        .build();
  }
}
