package se.psi.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.psi.adapters.storage.jdbc.JdbcStorage;
import se.psi.core.membership.port.out.PartnerFilter;
import se.psi.testkit.contract.Concurrently;
import se.psi.testkit.services.PostgresEndpoint;
import se.psi.testkit.services.TestPostgres;

/** Example servers starting together on one empty PostgreSQL database: one loads the demo data, none fails. */
class DemoDataRaceTest {

  private final PostgresEndpoint endpoint = TestPostgres.endpoint();
  private final String schema = "psi_demo_" + UUID.randomUUID().toString().replace("-", "");
  private final List<JdbcStorage> servers = IntStream.range(0, 2).mapToObj(i -> JdbcStorage.builder()
      .jdbcUrl(endpoint.jdbcUrl()).user(endpoint.user()).password(endpoint.password()).schema(schema).poolSize(4)
      .build()).toList();

  @AfterEach
  void drop() throws SQLException {
    servers.forEach(JdbcStorage::close);
    try (Connection connection = DriverManager.getConnection(endpoint.jdbcUrl(), endpoint.user(),
        endpoint.password()); Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  @Test
  void two_servers_starting_together_on_an_empty_database_load_the_demo_data_once_and_both_start()
      throws InterruptedException {
    Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    List<Boolean> loaded = Concurrently.results(servers.stream()
        .<Callable<Boolean>>map(server -> () -> DemoData.loadIfEmpty(server, validator)).toList());

    assertThat(loaded).containsExactlyInAnyOrder(true, false);
    assertThat(servers.get(0).partners().list(PartnerFilter.all(0, 100)).total()).isEqualTo(DemoData.partyCount());
  }
}
