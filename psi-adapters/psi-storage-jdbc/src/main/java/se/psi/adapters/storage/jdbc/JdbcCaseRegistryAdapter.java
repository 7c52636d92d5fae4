package se.psi.adapters.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import se.psi.core.grant.domain.CaseNumber;
import se.psi.core.grant.port.out.CaseRegistry;

/**
 * {@link CaseRegistry} over JDBC, the library's own records system (GRA-9): a sequence per year of arrival in table
 * {@code case_number_sequence}, counted up in the transaction of the change that registers the case. The year's row is
 * locked until that transaction ends, so cases arriving at once, on one server or several over one database, are
 * numbered one after another; a change that rolls back gives its number back, so there are no gaps.
 */
public final class JdbcCaseRegistryAdapter implements CaseRegistry {

  private static final String NEXT =
      "UPDATE case_number_sequence SET last_number = last_number + 1 WHERE arrival_year = ?";

  private final JdbcUnitOfWork db;
  private final String prefix;

  /** Numbers {@code PSI 2026/0001} onwards. */
  public JdbcCaseRegistryAdapter(JdbcUnitOfWork db) {
    this(db, "PSI");
  }

  /** Numbers with the authority's own prefix, e.g. {@code RÖL} for {@code RÖL 2026/0001}. */
  public JdbcCaseRegistryAdapter(JdbcUnitOfWork db, String prefix) {
    this.db = db;
    this.prefix = prefix;
  }

  @Override
  public CaseNumber register(Arrival arrival) {
    int year = arrival.arrivedOn().getYear();
    return db.withConnection(c -> {
      if (Sql.update(c, NEXT, year) == 0) {
        firstOfTheYear(c, year);
      }
      long number = Sql.one(c, "SELECT last_number FROM case_number_sequence WHERE arrival_year = ?",
          row -> row.getLong(1), year).orElseThrow();
      return CaseNumber.sequential(prefix, year, number);
    });
  }

  /**
   * The year's first case starts its sequence. Another transaction may start it at the same moment: then this one
   * waits for it, finds the year's row taken, and counts on from the other's number.
   */
  private static void firstOfTheYear(Connection c, int year) throws SQLException {
    Savepoint before = c.setSavepoint();
    try {
      Sql.update(c, "INSERT INTO case_number_sequence (arrival_year, last_number) VALUES (?, 1)", year);
      c.releaseSavepoint(before);
    } catch (SQLException taken) {
      if (!"23505".equals(taken.getSQLState())) {
        throw taken;
      }
      c.rollback(before);
      if (Sql.update(c, NEXT, year) == 0) {
        throw taken;
      }
    }
  }
}
