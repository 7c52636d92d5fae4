package se.psi.adapters.storage.jdbc;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import se.psi.core.PsiStorage;
import se.psi.testkit.contract.CrossAggregateRacesContract;

/**
 * The rules that span aggregates hold under races on JDBC: on PostgreSQL with one core and with two cores, each
 * with a pool of its own, over one schema (as two server processes over one database), and on H2 with one core.
 */
class JdbcRacesTest {

  private final TestDatabases databases = new TestDatabases();

  @AfterEach
  void dropDatabases() throws SQLException {
    databases.close();
  }

  @Nested
  class OnPostgresWithOneCore extends CrossAggregateRacesContract {
    @Override
    protected List<PsiStorage> instances() {
      return List.copyOf(databases.fresh(TestDatabases.Kind.POSTGRESQL, 1));
    }
  }

  @Nested
  class OnPostgresWithTwoCores extends CrossAggregateRacesContract {
    @Override
    protected List<PsiStorage> instances() {
      return List.copyOf(databases.fresh(TestDatabases.Kind.POSTGRESQL, 2));
    }
  }

  @Nested
  class OnH2WithOneCore extends CrossAggregateRacesContract {
    @Override
    protected List<PsiStorage> instances() {
      return List.copyOf(databases.fresh(TestDatabases.Kind.H2, 1));
    }
  }
}
