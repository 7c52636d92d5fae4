package se.psi.adapters.storage.jdbc;

/** The port contracts on H2, the embedded default. */
class H2ContractTest extends JdbcContractTests {

  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.H2;
  }
}
