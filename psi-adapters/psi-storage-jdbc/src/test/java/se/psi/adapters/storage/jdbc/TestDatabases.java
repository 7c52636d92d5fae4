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
  /** How each storage was opened, so that a second one can be opened over the same database. */
  private final java.util.Map<JdbcStorage, JdbcStorage.Builder> builders = new java.util.IdentityHashMap<>();

  /** The storages opened so far, still open. */
  List<JdbcStorage> opened() {
    return List.copyOf(storages);
  }

  JdbcStorage fresh(Kind kind) {
    JdbcStorage.Builder builder = kind == Kind.H2 ? h2() : postgres();
    JdbcStorage storage = builder.build();
    storages.add(storage);
    builders.put(storage, builder);
    return storage;
  }

  /** A fresh database opened {@code instances} times, each with a pool of its own, as that many servers open it. */
  List<JdbcStorage> fresh(Kind kind, int instances) {
    List<JdbcStorage> opened = new ArrayList<>(List.of(fresh(kind)));
    while (opened.size() < instances) {
      opened.add(besides(opened.get(0)));
    }
    return opened;
  }

  /** A second storage (its own pool, as a second server has) over the database of {@code storage}. */
  JdbcStorage besides(JdbcStorage storage) {
    JdbcStorage second = builders.get(storage).build();
    storages.add(second);
    return second;
  }

  private static JdbcStorage.Builder h2() {
    return JdbcStorage.builder().jdbcUrl("jdbc:h2:mem:psi-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
        .user("sa").password("").poolSize(12);
  }

  private JdbcStorage.Builder postgres() {
    PostgresEndpoint endpoint = TestPostgres.endpoint();
    String schema = "psi_test_" + UUID.randomUUID().toString().replace("-", "");
    schemas.add(schema);
    return JdbcStorage.builder().jdbcUrl(endpoint.jdbcUrl()).user(endpoint.user()).password(endpoint.password())
        .schema(schema).poolSize(12);
  }

  @Override
  public void close() throws SQLException {
    storages.forEach(JdbcStorage::close);
    storages.clear();
    builders.clear();
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
