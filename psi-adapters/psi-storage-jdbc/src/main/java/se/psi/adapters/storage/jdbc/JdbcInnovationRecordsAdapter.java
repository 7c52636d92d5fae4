package se.psi.adapters.storage.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import se.psi.core.documentation.domain.InnovationOrigin;
import se.psi.core.documentation.domain.InnovationRecord;
import se.psi.core.documentation.domain.InnovationRecordId;
import se.psi.core.documentation.port.out.InnovationRecords;

/** {@link InnovationRecords} over JDBC: table {@code innovation_record}. */
public final class JdbcInnovationRecordsAdapter implements InnovationRecords {

  private static final String COLUMNS = "id, template_name, template_version, challenge, innovation, origin,"
      + " actors, priority_areas, results, answers, recorded_on, version";

  private final JdbcUnitOfWork db;

  public JdbcInnovationRecordsAdapter(JdbcUnitOfWork db) {
    this.db = db;
  }

  @Override
  public Option<InnovationRecord> find(InnovationRecordId id) {
    return Option.ofOptional(db.withConnection(c -> Sql.one(c,
        "SELECT " + COLUMNS + " FROM innovation_record WHERE id = ?", JdbcInnovationRecordsAdapter::record,
        id.value())));
  }

  @Override
  public List<InnovationRecord> all() {
    return db.withConnection(c -> Sql.query(c,
        "SELECT " + COLUMNS + " FROM innovation_record ORDER BY recorded_on DESC, id",
        JdbcInnovationRecordsAdapter::record));
  }

  @Override
  public void save(InnovationRecord r) {
    db.withConnection(c -> {
      Versioned.save(InnovationRecord.TYPE, r.id().value(), r.version(),
          () -> Sql.update(c, "INSERT INTO innovation_record (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
              + " ?, ?, ?, ?)", r.id().value(), r.templateName(), r.templateVersion(), r.challenge(),
              r.innovation(), r.origin(), Documents.write(r.actors()),
              DocumentationDocuments.PRIORITY_AREAS.write(r.priorityAreas()), r.results(),
              Documents.write(r.answers()), r.recordedOn(), r.version()),
          () -> Sql.update(c, "UPDATE innovation_record SET challenge = ?, innovation = ?, origin = ?, actors = ?,"
              + " priority_areas = ?, results = ?, answers = ?, version = ? WHERE id = ? AND version = ?",
              r.challenge(), r.innovation(), r.origin(), Documents.write(r.actors()),
              DocumentationDocuments.PRIORITY_AREAS.write(r.priorityAreas()), r.results(),
              Documents.write(r.answers()), r.version(), r.id().value(), r.version() - 1));
      return null;
    });
  }

  private static InnovationRecord record(ResultSet row) throws SQLException {
    return InnovationRecord.builder()
        .id(new InnovationRecordId(Sql.uuid(row, "id")))
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
