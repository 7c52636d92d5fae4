package se.psi.adapters.storage.jdbc;

import io.vavr.control.Option;
import se.psi.core.plan.domain.ActivityList;
import se.psi.core.plan.domain.ActivityListId;
import se.psi.core.plan.domain.OperationalPlanId;
import se.psi.core.plan.port.out.ActivityLists;

/** {@link ActivityLists} over JDBC: table {@code activity_list}, one row per year. */
public final class JdbcActivityListsAdapter implements ActivityLists {

  private final JdbcUnitOfWork db;

  public JdbcActivityListsAdapter(JdbcUnitOfWork db) {
    this.db = db;
  }

  @Override
  public Option<ActivityList> find(ActivityListId id) {
    return Option.ofOptional(db.withConnection(c -> Sql.one(c,
        "SELECT list_year, plan_id, activities, version FROM activity_list WHERE list_year = ?",
        row -> ActivityList.builder().year(row.getInt("list_year"))
            .plan(new OperationalPlanId(Sql.uuid(row, "plan_id")))
            .activities(PlanDocuments.ACTIVITIES.read(row.getString("activities")))
            .version(row.getLong("version")).build(), id.year())));
  }

  @Override
  public void save(ActivityList list) {
    db.withConnection(c -> {
      Versioned.save(ActivityList.TYPE, list.year(), list.version(),
          () -> Sql.update(c, "INSERT INTO activity_list (list_year, plan_id, activities, version)"
              + " VALUES (?, ?, ?, ?)", list.year(), list.plan().value(),
              PlanDocuments.ACTIVITIES.write(list.activities()), list.version()),
          () -> Sql.update(c, "UPDATE activity_list SET activities = ?, version = ?"
              + " WHERE list_year = ? AND version = ?", PlanDocuments.ACTIVITIES.write(list.activities()),
              list.version(), list.year(), list.version() - 1));
      return null;
    });
  }
}
