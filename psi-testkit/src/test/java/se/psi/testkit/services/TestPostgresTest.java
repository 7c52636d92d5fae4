package se.psi.testkit.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestPostgresTest {

  @Test
  void the_located_server_answers_sql() throws SQLException {
    PostgresEndpoint endpoint = TestPostgres.endpoint();

    assertThat(serverVersion(endpoint)).startsWith("PostgreSQL");
  }

  @Test
  void the_local_server_is_preferred_when_it_answers_and_nothing_is_configured() {
    boolean configured = System.getenv("PSI_TEST_POSTGRES_URL") != null
        || System.getProperty("psi.test.postgres.url") != null;
    boolean localAnswers = TestServices.reachable(TestPostgres.LOCAL_HOST, TestPostgres.LOCAL_PORT);

    PostgresEndpoint.Origin expected = configured ? PostgresEndpoint.Origin.CONFIGURED
        : localAnswers ? PostgresEndpoint.Origin.LOCAL_SERVER : PostgresEndpoint.Origin.EMBEDDED;
    assertThat(TestPostgres.endpoint().origin()).isEqualTo(expected);
  }

  @Test
  void an_embedded_server_starts_where_none_runs() throws SQLException {
    PostgresEndpoint embedded = TestPostgres.embedded();

    assertThat(embedded.origin()).isEqualTo(PostgresEndpoint.Origin.EMBEDDED);
    assertThat(serverVersion(embedded)).startsWith("PostgreSQL");
  }

  private static String serverVersion(PostgresEndpoint endpoint) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(endpoint.jdbcUrl(), endpoint.user(), endpoint.password());
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("select version()")) {
      result.next();
      return result.getString(1);
    }
  }
}
