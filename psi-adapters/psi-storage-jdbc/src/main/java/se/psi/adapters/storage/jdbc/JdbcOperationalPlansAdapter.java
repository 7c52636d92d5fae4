package se.psi.adapters.storage.jdbc;

import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import se.psi.core.meeting.domain.MeetingId;
import se.psi.core.plan.domain.OperationalPlan;
import se.psi.core.plan.domain.OperationalPlanId;
import se.psi.core.plan.port.out.OperationalPlans;

/** {@link OperationalPlans} over JDBC: table {@code operational_plan}. */
public final class JdbcOperationalPlansAdapter implements OperationalPlans {

  private static final String PLAN_COLUMNS = "id, title, from_year, to_year, goals, adopted_by, adopted_on, version";

  private final JdbcUnitOfWork db;

  public JdbcOperationalPlansAdapter(JdbcUnitOfWork db) {
    this.db = db;
  }

  @Override
  public Option<OperationalPlan> find(OperationalPlanId id) {
    return Option.ofOptional(db.withConnection(c -> Sql.one(c,
        "SELECT " + PLAN_COLUMNS + " FROM operational_plan WHERE id = ?", JdbcOperationalPlansAdapter::plan,
        id.value())));
  }

  @Override
  public List<OperationalPlan> all() {
    return db.withConnection(c -> Sql.query(c,
        "SELECT " + PLAN_COLUMNS + " FROM operational_plan ORDER BY from_year, id", JdbcOperationalPlansAdapter::plan));
  }

  @Override
  public void save(OperationalPlan p) {
    db.withConnection(c -> {
      Versioned.save(OperationalPlan.TYPE, p.id().value(), p.version(),
          () -> Sql.update(c, "INSERT INTO operational_plan (" + PLAN_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
              p.id().value(), p.title(), p.fromYear(), p.toYear(), PlanDocuments.GOALS.write(p.goals()),
              p.adoptedBy().map(MeetingId::value), p.adoptedOn(), p.version()),
          () -> Sql.update(c, "UPDATE operational_plan SET title = ?, goals = ?, adopted_by = ?, adopted_on = ?,"
              + " version = ? WHERE id = ? AND version = ?", p.title(), PlanDocuments.GOALS.write(p.goals()),
              p.adoptedBy().map(MeetingId::value), p.adoptedOn(), p.version(), p.id().value(), p.version() - 1));
      return null;
    });
  }

  private static OperationalPlan plan(ResultSet row) throws SQLException {
    return OperationalPlan.builder()
        .id(new OperationalPlanId(Sql.uuid(row, "id")))
        .title(row.getString("title"))
        .fromYear(row.getInt("from_year"))
        .toYear(row.getInt("to_year"))
        .goals(PlanDocuments.GOALS.read(row.getString("goals")))
        .adoptedBy(Optional.ofNullable(Sql.uuid(row, "adopted_by")).map(MeetingId::new))
        .adoptedOn(Sql.date(row, "adopted_on"))
        .version(row.getLong("version"))
        .build();
  }
}
