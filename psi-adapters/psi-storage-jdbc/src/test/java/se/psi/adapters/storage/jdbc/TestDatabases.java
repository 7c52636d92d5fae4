package se.psi.adapters.storage.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.psi.testkit.services.PostgresEndpoint;
import se.psi.testkit.services.TestPostgres;

/**
 * Fresh storages for tests, each isolated: an in-memory H2 database of its own, or a PostgreSQL schema of its own
 * (on the server {@link TestPostgres} finds), dropped again by {@link #close()}.
 */
final class TestDatabases implements AutoCloseable {

  enum Kind { H2, POSTGRESQL }

  private final List<JdbcStorage> storages = new ArrayList<>();
  private final List<String> schemas = new ArrayList<>();

  /** The storages opened so far, still open. */
  List<JdbcStorage> opened() {
    return List.copyOf(storages);
  }

  JdbcStorage fresh(Kind kind) {
    return fresh(kind, 1).get(0);
  }

  /**
   * A fresh database opened {@code instances} times, each with a pool of its own, as that many processes sharing
   * it would open it; the first to open it migrates it.
   */
  List<JdbcStorage> fresh(Kind kind, int instances) {
    String name = UUID.randomUUID().toString().replace("-", "");
    List<JdbcStorage> opened = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      JdbcStorage storage = kind == Kind.H2 ? h2(name) : postgres(name);
      storages.add(storage);
      opened.add(storage);
    }
    return opened;
  }

  private static JdbcStorage h2(String name) {
    return JdbcStorage.builder().jdbcUrl("jdbc:h2:mem:psi-" + name + ";DB_CLOSE_DELAY=-1")
        .user("sa").password("").poolSize(12).build();
  }

  private JdbcStorage postgres(String name) {
    PostgresEndpoint endpoint = TestPostgres.endpoint();
    String schema = "psi_test_" + name;
    if (!schemas.contains(schema)) {
      schemas.add(schema);
    }
    return JdbcStorage.builder().jdbcUrl(endpoint.jdbcUrl()).user(endpoint.user()).password(endpoint.password())
        .schema(schema).poolSize(12).build();
  }

  @Override
  public void close() throws SQLException {
    storages.forEach(JdbcStorage::close);
    storages.clear();
    if (schemas.isEmpty()) {
      return;
    }
    PostgresEndpoint endpoint = TestPostgres.endpoint();
    try (Connection connection =
            DriverManager.getConnection(endpoint.jdbcUrl(), endpoint.user(), endpoint.password());
        Statement statement = connection.createStatement()) {
      for (String schema : schemas) {
        statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
    schemas.clear();
  }
}
