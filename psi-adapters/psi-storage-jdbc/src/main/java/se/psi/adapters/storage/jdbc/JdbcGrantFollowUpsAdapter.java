package se.psi.adapters.storage.jdbc;

import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.psi.adapters.storage.jdbc.FollowUpDocuments.StoredReport;
import se.psi.adapters.storage.jdbc.StoredValues.StoredSek;
import se.psi.core.followup.domain.FinalReport;
import se.psi.core.followup.domain.FollowUpTerms;
import se.psi.core.followup.domain.GrantFollowUp;
import se.psi.core.followup.port.out.GrantFollowUps;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.rules.Explanation;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Sek;

/** {@link GrantFollowUps} over JDBC: table {@code grant_follow_up} (GRA-17). */
public final class JdbcGrantFollowUpsAdapter implements GrantFollowUps {

  private static final String COLUMNS = "application_id, scheme_year, grantee, project_title, granted, paid, claimed,"
      + " repaid, report_due, first_reminder, co_financing_required, reminder_lead_days, reminder_interval_days,"
      + " opened_on, reported, acceptance, payouts, changes, report, report_ruleset_version, report_evaluations,"
      + " reminders, claims, version";

  private final JdbcUnitOfWork db;

  public JdbcGrantFollowUpsAdapter(JdbcUnitOfWork db) {
    this.db = db;
  }

  @Override
  public Option<GrantFollowUp> find(GrantApplicationId id) {
    return Option.ofOptional(db.withConnection(c -> Sql.one(c, "SELECT " + COLUMNS
        + " FROM grant_follow_up WHERE application_id = ?", JdbcGrantFollowUpsAdapter::read, id.value())));
  }

  @Override
  public List<GrantFollowUp> awaitingReport(LocalDate day) {
    return db.withConnection(c -> Sql.query(c, "SELECT " + COLUMNS + " FROM grant_follow_up"
        + " WHERE reported = FALSE AND first_reminder <= ? ORDER BY first_reminder, application_id",
        JdbcGrantFollowUpsAdapter::read, day));
  }

  @Override
  public void save(GrantFollowUp f) {
    FollowUpTerms t = f.terms();
    Optional<FinalReport> r = f.report();
    Object[] values = {f.applicationId().value(), f.schemeYear(), f.grantee().digits(), f.projectTitle(),
        f.granted().kronor(), f.paid().kronor(), f.claimed().kronor(), f.repaid().kronor(), t.reportDue(),
        t.firstReminder(), t.coFinancingRequired().kronor(), t.reminderLeadDays(), t.reminderIntervalDays(),
        f.openedOn(), r.isPresent(), f.acceptance().map(FollowUpDocuments.ACCEPTANCE::write),
        FollowUpDocuments.PAYOUTS.write(f.payouts()), FollowUpDocuments.CHANGES.write(f.changes()),
        r.map(x -> FollowUpDocuments.REPORT.write(new StoredReport(x.whatWasDone(), StoredSek.of(x.spent()),
            StoredSek.of(x.coFinancing()), x.submittedBy(), x.submittedOn()))),
        r.map(x -> x.explanation().rulesetVersion()), r.map(x -> Json.evaluations(x.explanation().evaluations())),
        FollowUpDocuments.REMINDERS.write(f.reminders()), FollowUpDocuments.CLAIMS.write(f.claims()), f.version()};
    db.withConnection(c -> {
      Versioned.save(GrantFollowUp.TYPE, f.applicationId().value(), f.version(),
          () -> Sql.update(c, "INSERT INTO grant_follow_up (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
              + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values),
          () -> update(c, values, f.version() - 1));
      return null;
    });
  }

  private static int update(Connection c, Object[] values, long expected) throws SQLException {
    String[] columns = COLUMNS.split(", ");
    StringBuilder sql = new StringBuilder("UPDATE grant_follow_up SET ");
    for (int i = 1; i < columns.length; i++) {
      sql.append(i > 1 ? ", " : "").append(columns[i]).append(" = ?");
    }
    sql.append(" WHERE application_id = ? AND version = ?");
    Object[] parameters = new Object[values.length + 1];
    System.arraycopy(values, 1, parameters, 0, values.length - 1);
    parameters[values.length - 1] = values[0];
    parameters[values.length] = expected;
    return Sql.update(c, sql.toString(), parameters);
  }

  private static GrantFollowUp read(ResultSet row) throws SQLException {
    String rulesetVersion = row.getString("report_ruleset_version");
    String evaluations = row.getString("report_evaluations");
    Optional<FinalReport> report = Sql.string(row, "report").map(FollowUpDocuments.REPORT::read).map(r ->
        new FinalReport(r.whatWasDone(), r.spent().toDomain(), r.coFinancing().toDomain(), r.submittedBy(),
            r.submittedOn(), new Explanation(rulesetVersion, r.submittedOn(), Json.evaluations(evaluations))));
    return GrantFollowUp.builder()
        .applicationId(new GrantApplicationId(Sql.uuid(row, "application_id")))
        .schemeYear(row.getInt("scheme_year"))
        .grantee(OrganisationNumber.of(row.getString("grantee")))
        .projectTitle(row.getString("project_title"))
        .granted(Sek.of(row.getLong("granted")))
        .terms(new FollowUpTerms(Sql.date(row, "report_due").orElseThrow(),
            Sek.of(row.getLong("co_financing_required")), row.getInt("reminder_lead_days"),
            row.getInt("reminder_interval_days")))
        .openedOn(Sql.date(row, "opened_on").orElseThrow())
        .acceptance(Sql.string(row, "acceptance").map(FollowUpDocuments.ACCEPTANCE::read))
        .payouts(FollowUpDocuments.PAYOUTS.read(row.getString("payouts")))
        .changes(FollowUpDocuments.CHANGES.read(row.getString("changes")))
        .report(report)
        .reminders(FollowUpDocuments.REMINDERS.read(row.getString("reminders")))
        .claims(FollowUpDocuments.CLAIMS.read(row.getString("claims")))
        .version(row.getLong("version"))
        .build();
  }
}
