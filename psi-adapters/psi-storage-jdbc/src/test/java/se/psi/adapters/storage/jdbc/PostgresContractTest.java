package se.psi.adapters.storage.jdbc;

/** The port contracts on PostgreSQL, found by psi-testkit's TestPostgres. */
class PostgresContractTest extends JdbcContractTests {

  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.POSTGRESQL;
  }
}
