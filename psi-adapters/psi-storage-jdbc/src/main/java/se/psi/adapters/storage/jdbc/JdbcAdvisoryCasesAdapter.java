package se.psi.adapters.storage.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import se.psi.core.advisory.domain.AdvisoryCase;
import se.psi.core.advisory.domain.AdvisoryCaseId;
import se.psi.core.advisory.port.out.AdvisoryCases;
import se.psi.core.idea.domain.IdeaId;
import se.psi.core.rules.Explanation;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.OrganisationNumber;

/** {@link AdvisoryCases} over JDBC: table {@code advisory_case}. */
public final class JdbcAdvisoryCasesAdapter implements AdvisoryCases {

  private static final String COLUMNS = "id, organisation_name, organisation_number, organisation_kind, idea,"
      + " challenge, from_idea, referred_from, advisers, outcomes, closed, opened_on, ruleset_version, eligibility,"
      + " version";

  private final JdbcUnitOfWork db;

  public JdbcAdvisoryCasesAdapter(JdbcUnitOfWork db) {
    this.db = db;
  }

  @Override
  public Option<AdvisoryCase> find(AdvisoryCaseId id) {
    return Option.ofOptional(db.withConnection(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM advisory_case"
        + " WHERE id = ?", JdbcAdvisoryCasesAdapter::read, id.value())));
  }

  @Override
  public List<AdvisoryCase> all() {
    return db.withConnection(c -> Sql.query(c, "SELECT " + COLUMNS + " FROM advisory_case ORDER BY opened_on DESC,"
        + " id", JdbcAdvisoryCasesAdapter::read));
  }

  @Override
  public void save(AdvisoryCase a) {
    db.withConnection(c -> {
      Versioned.save("AdvisoryCase", a.id().value(), a.version(),
          () -> Sql.update(c, "INSERT INTO advisory_case (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
              + " ?, ?, ?, ?)", a.id().value(), a.organisationName(),
              a.organisationNumber().map(OrganisationNumber::digits), a.organisationKind(), a.idea(), a.challenge(),
              a.fromIdea().map(IdeaId::value), a.referredFrom().map(CaseDocuments.REFERRED_FROM::write),
              Documents.write(a.advisers()), CaseDocuments.OUTCOMES.write(a.outcomes()), a.closed(), a.openedOn(),
              a.eligibility().rulesetVersion(), Json.evaluations(a.eligibility().evaluations()), a.version()),
          () -> Sql.update(c, "UPDATE advisory_case SET outcomes = ?, closed = ?, version = ? WHERE id = ?"
              + " AND version = ?", CaseDocuments.OUTCOMES.write(a.outcomes()), a.closed(), a.version(), a.id().value(),
              a.version() - 1));
      return null;
    });
  }

  private static AdvisoryCase read(ResultSet row) throws SQLException {
    var openedOn = Sql.date(row, "opened_on").orElseThrow();
    return AdvisoryCase.builder()
        .id(new AdvisoryCaseId(Sql.uuid(row, "id")))
        .organisationName(row.getString("organisation_name"))
        .organisationNumber(Sql.string(row, "organisation_number").map(OrganisationNumber::of))
        .organisationKind(OrganisationKind.valueOf(row.getString("organisation_kind")))
        .idea(row.getString("idea"))
        .challenge(row.getString("challenge"))
        .fromIdea(Optional.ofNullable(Sql.uuid(row, "from_idea")).map(IdeaId::new))
        .referredFrom(Sql.string(row, "referred_from").map(CaseDocuments.REFERRED_FROM::read))
        .advisers(Documents.read(row.getString("advisers"), new TypeReference<List<String>>() {}))
        .outcomes(CaseDocuments.OUTCOMES.read(row.getString("outcomes")))
        .closed(row.getBoolean("closed"))
        .openedOn(openedOn)
        .eligibility(new Explanation(row.getString("ruleset_version"), openedOn,
            Json.evaluations(row.getString("eligibility"))))
        .version(row.getLong("version"))
        .build();
  }
}
