package se.psi.adapters.storage.jdbc;

import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.psi.adapters.storage.jdbc.GrantDocuments.StoredDecision;
import se.psi.core.grant.domain.CaseNumber;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantCaseSummary;
import se.psi.core.grant.port.out.CaseFilter;
import se.psi.core.shared.Page;
import se.psi.core.grant.domain.Registration;
import se.psi.core.grant.domain.SecrecyMarking;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.domain.GrantScheme;
import se.psi.core.grant.domain.GrantStatus;
import se.psi.core.grant.domain.GrantDecision;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.grant.port.out.GrantSchemes;
import se.psi.core.rules.Explanation;
import se.psi.core.shared.Sek;

/** Grant applications and schemes over JDBC: tables {@code grant_application}, {@code grant_scheme}. */
public final class JdbcGrantsAdapter implements GrantApplications, GrantSchemes {

  private static final String COLUMNS = "id, scheme_year, organisation_number, organisation_name, organisation_kind,"
      + " sector, municipality, status, submitted_on, project, handling_group, conflicts, conflict_declarations,"
      + " judgements,"
      + " applicant_meetings, completion_requests, proposal, decided_on, outcome, granted_amount, delegation_id,"
      + " decision, ruleset_version, evaluations, case_number, arrived_on, case_title, secret_parts, secrecy_ground,"
      + " documents, version";

  private final JdbcUnitOfWork db;

  public JdbcGrantsAdapter(JdbcUnitOfWork db) {
    this.db = db;
  }

  @Override
  public Option<GrantApplication> find(GrantApplicationId id) {
    return Option.ofOptional(db.withConnection(c -> Sql.one(c,
        "SELECT " + COLUMNS + " FROM grant_application WHERE id = ?", JdbcGrantsAdapter::application, id.value())));
  }

  @Override
  public List<GrantApplication> decidedBetween(LocalDate from, LocalDate to) {
    return db.withConnection(c -> Sql.query(c, "SELECT " + COLUMNS + " FROM grant_application"
        + " WHERE decided_on >= ? AND decided_on <= ? ORDER BY decided_on, id", JdbcGrantsAdapter::application,
        from, to));
  }

  @Override
  public List<GrantApplication> ofSchemeYear(int year) {
    return db.withConnection(c -> Sql.query(c, "SELECT " + COLUMNS + " FROM grant_application WHERE scheme_year = ?"
        + " ORDER BY id", JdbcGrantsAdapter::application, year));
  }

  @Override
  public Page<GrantCaseSummary> cases(CaseFilter filter) {
    List<GrantStatus> statuses = filter.statuses().stream().sorted().toList();
    StringBuilder where = new StringBuilder(" WHERE status IN (" + String.join(", ",
        java.util.Collections.nCopies(statuses.size(), "?")) + ")");
    List<Object> parameters = new java.util.ArrayList<>(statuses);
    filter.applicant().ifPresent(applicant -> {
      where.append(" AND organisation_number = ?");
      parameters.add(applicant.digits());
    });
    filter.arrivedOnOrBefore().ifPresent(day -> {
      where.append(" AND arrived_on <= ?");
      parameters.add(day);
    });
    return db.withConnection(c -> {
      // Counts only as far as Page.countLimit, and reads the page in the order of an index: a page costs the same
      // however many cases are stored. Drafts (not arrived) come first.
      List<Object> counting = new java.util.ArrayList<>(parameters);
      counting.add(Page.countLimit(filter.offset(), filter.limit()));
      long counted = Sql.one(c, "SELECT COUNT(*) FROM (SELECT 1 FROM grant_application" + where + " LIMIT ?) matches",
          row -> row.getLong(1), counting.toArray()).orElse(0L);
      List<Object> paging = new java.util.ArrayList<>(parameters);
      paging.add(filter.limit());
      paging.add(filter.offset());
      List<GrantCaseSummary> items = Sql.query(c, "SELECT id, case_number, case_title, CASE WHEN case_number IS NULL"
          + " THEN project END AS project, status, arrived_on,"
          + " scheme_year, organisation_number, version FROM grant_application" + where
          + " ORDER BY arrived_on NULLS FIRST, id LIMIT ? OFFSET ?", JdbcGrantsAdapter::summary, paging.toArray());
      return Page.counted(items, filter.offset(), filter.limit(), counted);
    });
  }

  /** A case as a worklist shows it; a draft's title is its project's. */
  private static GrantCaseSummary summary(ResultSet row) throws SQLException {
    Optional<String> number = Sql.string(row, "case_number");
    String title = number.isPresent() ? row.getString("case_title")
        : GrantDocuments.PROJECT.read(row.getString("project")).title();
    return new GrantCaseSummary(new GrantApplicationId(Sql.uuid(row, "id")), number.map(CaseNumber::new), title,
        GrantStatus.valueOf(row.getString("status")), Sql.date(row, "arrived_on"), row.getInt("scheme_year"),
        se.psi.core.shared.OrganisationNumber.of(row.getString("organisation_number")), row.getLong("version"));
  }

  @Override
  public void save(GrantApplication a) {
    Object[] organisation = OrganisationColumns.values(a.applicant());
    Optional<GrantDecision> d = a.decision();
    Optional<Registration> r = a.registration();
    Object[] values = {a.id().value(), a.schemeYear(), organisation[0], organisation[1], organisation[2],
        organisation[3], organisation[4], a.status(), a.submittedOn(), GrantDocuments.PROJECT.write(a.project()),
        GrantDocuments.HANDLING_GROUP.write(a.handlingGroup()), GrantDocuments.CONFLICTS.write(a.conflicts()),
        GrantDocuments.DECLARATIONS.write(a.declarations()), GrantDocuments.JUDGEMENTS.write(a.judgements()),
        GrantDocuments.APPLICANT_MEETINGS.write(a.applicantMeetings()),
        GrantDocuments.COMPLETION_REQUESTS.write(a.completionRequests()),
        a.proposal().map(GrantDocuments.PROPOSAL::write), d.map(GrantDecision::decidedOn),
        d.map(GrantDecision::outcome), d.flatMap(GrantDecision::amount).map(Sek::kronor),
        d.map(x -> x.delegation().value()), d.map(x -> GrantDocuments.DECISION.write(StoredDecision.of(x))),
        d.map(x -> x.explanation().rulesetVersion()),
        d.map(x -> Json.evaluations(x.explanation().evaluations())), r.map(x -> x.caseNumber().value()),
        r.map(Registration::arrivedOn), r.map(Registration::title),
        r.flatMap(Registration::secrecy).map(SecrecyMarking::parts),
        r.flatMap(Registration::secrecy).map(SecrecyMarking::ground), GrantDocuments.CASE_DOCUMENTS.write(a.documents()),
        a.version()};
    db.withConnection(c -> {
      Versioned.save("GrantApplication", a.id().value(), a.version(),
          () -> Sql.update(c, "INSERT INTO grant_application (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
              + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values),
          () -> update(c, values, a.version() - 1));
      return null;
    });
  }

  private static int update(Connection c, Object[] values, long expected) throws SQLException {
    String[] columns = COLUMNS.split(", ");
    StringBuilder sql = new StringBuilder("UPDATE grant_application SET ");
    for (int i = 1; i < columns.length; i++) {
      sql.append(i > 1 ? ", " : "").append(columns[i]).append(" = ?");
    }
    sql.append(" WHERE id = ? AND version = ?");
    Object[] parameters = new Object[values.length + 1];
    System.arraycopy(values, 1, parameters, 0, values.length - 1);
    parameters[values.length - 1] = values[0];
    parameters[values.length] = expected;
    return Sql.update(c, sql.toString(), parameters);
  }

  private static GrantApplication application(ResultSet row) throws SQLException {
    Optional<GrantDecision> decision = Sql.string(row, "decision").map(json -> {
      try {
        StoredDecision stored = GrantDocuments.DECISION.read(json);
        return stored.toDomain(new Explanation(row.getString("ruleset_version"), stored.decidedOn(),
            Json.evaluations(row.getString("evaluations"))));
      } catch (SQLException e) {
        throw StorageException.from(e);
      }
    });
    return GrantApplication.builder()
        .id(new GrantApplicationId(Sql.uuid(row, "id")))
        .schemeYear(row.getInt("scheme_year"))
        .applicant(OrganisationColumns.read(row))
        .status(GrantStatus.valueOf(row.getString("status")))
        .submittedOn(Sql.date(row, "submitted_on"))
        .project(GrantDocuments.PROJECT.read(row.getString("project")))
        .handlingGroup(GrantDocuments.HANDLING_GROUP.read(row.getString("handling_group")))
        .conflicts(GrantDocuments.CONFLICTS.read(row.getString("conflicts")))
        .declarations(GrantDocuments.DECLARATIONS.read(row.getString("conflict_declarations")))
        .judgements(GrantDocuments.JUDGEMENTS.read(row.getString("judgements")))
        .applicantMeetings(GrantDocuments.APPLICANT_MEETINGS.read(row.getString("applicant_meetings")))
        .completionRequests(GrantDocuments.COMPLETION_REQUESTS.read(row.getString("completion_requests")))
        .proposal(Sql.string(row, "proposal").map(GrantDocuments.PROPOSAL::read))
        .decision(decision)
        .registration(registration(row))
        .documents(GrantDocuments.CASE_DOCUMENTS.read(row.getString("documents")))
        .version(row.getLong("version"))
        .build();
  }

  /** GRA-9: the case as registered, for a case that has arrived. */
  private static Optional<Registration> registration(ResultSet row) throws SQLException {
    Optional<String> number = Sql.string(row, "case_number");
    if (number.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> parts = Sql.string(row, "secret_parts");
    Optional<SecrecyMarking> secrecy = parts.isEmpty() ? Optional.empty()
        : Optional.of(new SecrecyMarking(parts.get(), row.getString("secrecy_ground")));
    return Optional.of(new Registration(new CaseNumber(number.get()), Sql.date(row, "arrived_on").orElseThrow(),
        row.getString("case_title"), secrecy));
  }

  @Override
  public Option<GrantScheme> find(int year) {
    return Option.ofOptional(db.withConnection(c -> Sql.one(c, "SELECT scheme_year, appropriation, minimum_amount,"
        + " maximum_amount, guidelines, granted, paid, repaid, version FROM grant_scheme WHERE scheme_year = ?",
        JdbcGrantsAdapter::scheme, year)));
  }

  @Override
  public List<GrantScheme> all() {
    return db.withConnection(c -> Sql.query(c, "SELECT scheme_year, appropriation, minimum_amount, maximum_amount,"
        + " guidelines, granted, paid, repaid, version FROM grant_scheme ORDER BY scheme_year", JdbcGrantsAdapter::scheme));
  }

  @Override
  public void save(GrantScheme s) {
    db.withConnection(c -> {
      Versioned.save("GrantScheme", s.year(), s.version(),
          () -> Sql.update(c, "INSERT INTO grant_scheme (scheme_year, appropriation, minimum_amount, maximum_amount,"
              + " guidelines, granted, paid, repaid, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", s.year(),
              s.appropriation().kronor(), s.minimumAmount().kronor(), s.maximumAmount().kronor(), s.guidelines(),
              s.granted().kronor(), s.paid().kronor(), s.repaid().kronor(), s.version()),
          () -> Sql.update(c, "UPDATE grant_scheme SET granted = ?, paid = ?, repaid = ?, version = ?"
              + " WHERE scheme_year = ? AND version = ?", s.granted().kronor(), s.paid().kronor(), s.repaid().kronor(),
              s.version(), s.year(), s.version() - 1));
      return null;
    });
  }

  private static GrantScheme scheme(ResultSet row) throws SQLException {
    return GrantScheme.builder().year(row.getInt("scheme_year")).appropriation(Sek.of(row.getLong("appropriation")))
        .minimumAmount(Sek.of(row.getLong("minimum_amount"))).maximumAmount(Sek.of(row.getLong("maximum_amount")))
        .guidelines(row.getString("guidelines")).granted(Sek.of(row.getLong("granted")))
        .paid(Sek.of(row.getLong("paid"))).repaid(Sek.of(row.getLong("repaid")))
        .version(row.getLong("version")).build();
  }
}
