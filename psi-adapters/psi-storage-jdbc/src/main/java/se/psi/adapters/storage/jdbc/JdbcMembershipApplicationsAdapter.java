package se.psi.adapters.storage.jdbc;

import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import se.psi.core.contact.domain.ContactPerson;
import se.psi.core.contact.domain.ContactPersonId;
import se.psi.core.membership.domain.ApplicationStatus;
import se.psi.core.membership.domain.BoardDecision;
import se.psi.core.membership.domain.EngagementLevel;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.MembershipApplicationId;
import se.psi.core.membership.domain.MembershipDecision;
import se.psi.core.membership.domain.MembershipOutcome;
import se.psi.core.membership.domain.RecordedMembershipDecision;
import se.psi.core.membership.port.out.ApplicationFilter;
import se.psi.core.membership.port.out.MembershipApplications;
import se.psi.core.rules.Explanation;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Page;
import se.psi.core.shared.PartnerId;

/** {@link MembershipApplications} over JDBC: tables {@code membership_application}, {@code membership_decision}. */
public final class JdbcMembershipApplicationsAdapter implements MembershipApplications {

  private static final String COLUMNS = "id, organisation_number, organisation_name, organisation_kind, sector,"
      + " municipality, board_decision_date, board_decision_body, board_decision_reference, contact_person_id,"
      + " contact_name, contact_role, contact_email, contact_phone, contact_official, contact_erased,"
      + " political_assembly, engagement, submitted_on, status, version";
  private static final String DECISION_COLUMNS = "outcome, decided_on, decided_by, ruleset_version, partner_id,"
      + " evaluations, receipt";

  private final JdbcUnitOfWork db;

  public JdbcMembershipApplicationsAdapter(JdbcUnitOfWork db) {
    this.db = db;
  }

  @Override
  public Option<MembershipApplication> find(MembershipApplicationId id) {
    // The application and its decisions in one query: a decision reads it once, not once per table.
    return Option.ofOptional(db.withConnection(c -> {
      List<MembershipDecision> decisions = new ArrayList<>();
      List<MembershipApplication.Builder> found = Sql.query(c, "SELECT " + COLUMNS + ", " + DECISION_COLUMNS
          + " FROM membership_application LEFT JOIN membership_decision ON application_id = id WHERE id = ?"
          + " ORDER BY seq", row -> {
            decision(row).ifPresent(decisions::add);
            return unfinished(row);
          }, id.value());
      return found.stream().findFirst().map(application -> application.decisions(decisions).build());
    }));
  }

  @Override
  public List<MembershipApplication> findByOrganisation(OrganisationNumber organisation) {
    return db.withConnection(c -> finish(c, Sql.query(c, "SELECT " + COLUMNS + " FROM membership_application"
        + " WHERE organisation_number = ? ORDER BY submitted_on, id", JdbcMembershipApplicationsAdapter::unfinished,
        organisation.digits())));
  }

  @Override
  public Page<MembershipApplication> list(ApplicationFilter filter) {
    String where = filter.status().isPresent() ? " WHERE status = ?" : "";
    Object[] status = filter.status().map(s -> new Object[] {s}).orElse(new Object[0]);
    return db.withConnection(c -> {
      // Counts only as far as Page.countLimit, so that a page costs the same however many applications there are.
      long counted = Sql.one(c, "SELECT COUNT(*) FROM (SELECT 1 FROM membership_application" + where
          + " LIMIT ?) matches", row -> row.getLong(1), append(status, Page.countLimit(filter.offset(),
              filter.limit()))).orElse(0L);
      List<MembershipApplication> items = finish(c, Sql.query(c, "SELECT " + COLUMNS + " FROM membership_application" + where
          + " ORDER BY submitted_on, id LIMIT ? OFFSET ?", JdbcMembershipApplicationsAdapter::unfinished,
          append(status, filter.limit(), filter.offset())));
      return Page.counted(items, filter.offset(), filter.limit(), counted);
    });
  }

  @Override
  public Map<ApplicationStatus, Long> countByStatus(Year submittedIn) {
    Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
    db.withConnection(c -> Sql.query(c, "SELECT status, COUNT(*) AS applications FROM membership_application"
        + " WHERE submitted_on >= ? AND submitted_on < ? GROUP BY status", row -> counts.put(
            ApplicationStatus.valueOf(row.getString("status")), row.getLong("applications")),
        submittedIn.atDay(1), submittedIn.plusYears(1).atDay(1)));
    return counts;
  }

  @Override
  public void forEachDecision(LocalDate from, LocalDate to, Consumer<RecordedMembershipDecision> each) {
    // Row by row from a cursor: a what-if over a year of decisions holds one at a time.
    db.withConnection(c -> {
      Sql.forEach(c, "SELECT application_id, seq, " + DECISION_COLUMNS + " FROM membership_decision"
          + " WHERE decided_on >= ? AND decided_on <= ? ORDER BY decided_on, application_id, seq",
          row -> {
            each.accept(new RecordedMembershipDecision(new MembershipApplicationId(Sql.uuid(row, "application_id")),
                row.getInt("seq") + 1, decision(row).orElseThrow()));
            return null;
          }, from, to);
      return null;
    });
  }

  private static Object[] append(Object[] parameters, Object... more) {
    Object[] all = Arrays.copyOf(parameters, parameters.length + more.length);
    System.arraycopy(more, 0, all, parameters.length, more.length);
    return all;
  }

  @Override
  public void save(MembershipApplication application) {
    Object[] organisation = OrganisationColumns.values(application.organisation());
    Optional<BoardDecision> board = application.boardDecision();
    Optional<ContactPerson> contact = application.contactPerson();
    db.withConnection(c -> {
      Versioned.save("MembershipApplication", application.id().value(), application.version(),
          () -> Sql.update(c, "INSERT INTO membership_application (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?,"
              + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", application.id().value(), organisation[0],
              organisation[1], organisation[2], organisation[3], organisation[4], board.map(BoardDecision::date),
              board.map(BoardDecision::body), board.map(BoardDecision::reference),
              contact.map(p -> p.id().value()), contact.map(ContactPerson::name), contact.map(ContactPerson::role),
              contact.map(ContactPerson::email), contact.flatMap(ContactPerson::phone),
              contact.map(ContactPerson::official), contact.map(ContactPerson::erased),
              application.politicalAssembly(), application.engagement(), application.submittedOn(),
              application.status(), application.version()),
          () -> Sql.update(c, "UPDATE membership_application SET board_decision_date = ?, board_decision_body = ?,"
              + " board_decision_reference = ?, contact_person_id = ?, contact_name = ?, contact_role = ?,"
              + " contact_email = ?, contact_phone = ?, contact_official = ?, contact_erased = ?,"
              + " political_assembly = ?, engagement = ?, status = ?, version = ? WHERE id = ? AND version = ?",
              board.map(BoardDecision::date), board.map(BoardDecision::body), board.map(BoardDecision::reference),
              contact.map(p -> p.id().value()), contact.map(ContactPerson::name), contact.map(ContactPerson::role),
              contact.map(ContactPerson::email), contact.flatMap(ContactPerson::phone),
              contact.map(ContactPerson::official), contact.map(ContactPerson::erased),
              application.politicalAssembly(), application.engagement(), application.status(),
              application.version(), application.id().value(), application.version() - 1));
      saveDecisions(c, application);
      return null;
    });
  }

  /**
   * Decisions are only ever appended: each is inserted unless its place is taken, all in one batch, so that saving
   * a decision costs one round trip however many came before it.
   */
  private static void saveDecisions(Connection c, MembershipApplication application) throws SQLException {
    List<MembershipDecision> decisions = application.decisions();
    List<Object[]> rows = new ArrayList<>();
    for (int seq = 0; seq < decisions.size(); seq++) {
      MembershipDecision decision = decisions.get(seq);
      rows.add(new Object[] {application.id().value(), seq, decision.outcome(), decision.decidedOn(),
          decision.decidedBy(), decision.rulesetVersion(), decision.partnerId().map(PartnerId::value),
          Json.evaluations(decision.explanation().evaluations()),
          decision.receipt().map(ReceiptDocuments::write), application.id().value(), seq});
    }
    // The casts name each value's type, which a SELECT list cannot take from the columns it is inserted into.
    Sql.batch(c, "INSERT INTO membership_decision (application_id, seq, outcome, decided_on, decided_by,"
        + " ruleset_version, partner_id, evaluations, receipt) SELECT CAST(? AS UUID), CAST(? AS INT),"
        + " CAST(? AS VARCHAR(20)), CAST(? AS DATE), CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR(100)),"
        + " CAST(? AS UUID), CAST(? AS VARCHAR(1000000)), CAST(? AS VARCHAR(1000000)) WHERE NOT EXISTS (SELECT 1 FROM membership_decision"
        + " WHERE application_id = ? AND seq = ?)", rows);
  }

  /** An application as its row has it; its decisions come from their own table. */
  private static MembershipApplication.Builder unfinished(ResultSet row) throws SQLException {
    Optional<BoardDecision> board = Sql.date(row, "board_decision_date").map(date -> {
      try {
        return new BoardDecision(date, row.getString("board_decision_body"),
            row.getString("board_decision_reference"));
      } catch (SQLException e) {
        throw StorageException.from(e);
      }
    });
    Optional<ContactPerson> contact = row.getObject("contact_person_id") == null ? Optional.empty()
        : Optional.of(ContactPerson.builder().id(new ContactPersonId(Sql.uuid(row, "contact_person_id")))
            .name(row.getString("contact_name")).role(row.getString("contact_role"))
            .email(row.getString("contact_email")).phone(Sql.string(row, "contact_phone"))
            .official(row.getBoolean("contact_official")).erased(row.getBoolean("contact_erased")).build());
    MembershipApplication.Builder application = MembershipApplication.builder();
    application
        .id(new MembershipApplicationId(Sql.uuid(row, "id")))
        .organisation(OrganisationColumns.read(row))
        .boardDecision(board)
        .contactPerson(contact)
        .politicalAssembly(Sql.string(row, "political_assembly"))
        .engagement(Sql.enumOf(row, "engagement", EngagementLevel.class))
        .submittedOn(Sql.date(row, "submitted_on").orElseThrow())
        .status(ApplicationStatus.valueOf(row.getString("status")))
        .version(row.getLong("version"));
    return application;
  }

  /** A decision's columns, absent where an outer join found none. */
  private static Optional<MembershipDecision> decision(ResultSet row) throws SQLException {
    if (row.getString("outcome") == null) {
      return Optional.empty();
    }
    var decidedOn = Sql.date(row, "decided_on").orElseThrow();
    return Optional.of(new MembershipDecision(MembershipOutcome.valueOf(row.getString("outcome")), decidedOn,
        row.getString("decided_by"), new Explanation(row.getString("ruleset_version"), decidedOn,
            Json.evaluations(row.getString("evaluations"))),
        Optional.ofNullable(Sql.uuid(row, "partner_id")).map(PartnerId::new),
        Sql.string(row, "receipt").map(ReceiptDocuments::read)));
  }

  /** Finishes the applications of a listing with all their decisions, read in one query, keeping their order. */
  private static List<MembershipApplication> finish(Connection c, List<MembershipApplication.Builder> unfinished)
      throws SQLException {
    if (unfinished.isEmpty()) {
      return List.of();
    }
    List<MembershipApplication> bare = unfinished.stream().map(MembershipApplication.Builder::build).toList();
    Map<UUID, List<MembershipDecision>> decisions = new java.util.HashMap<>();
    Sql.query(c, "SELECT application_id, " + DECISION_COLUMNS + " FROM membership_decision WHERE application_id IN ("
        + String.join(", ", java.util.Collections.nCopies(bare.size(), "?")) + ") ORDER BY application_id, seq",
        row -> decisions.computeIfAbsent(Sql.uuid(row, "application_id"), id -> new ArrayList<>())
            .add(decision(row).orElseThrow()),
        bare.stream().map(application -> application.id().value()).toArray());
    List<MembershipApplication> finished = new ArrayList<>();
    for (int i = 0; i < bare.size(); i++) {
      finished.add(unfinished.get(i).decisions(decisions.getOrDefault(bare.get(i).id().value(), List.of()))
          .build());
    }
    return finished;
  }
}
