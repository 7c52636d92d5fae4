package se.psi.testkit.services;

import java.util.Objects;

/**
 * Where a test PostgreSQL server answers.
 *
 * @param jdbcUrl the JDBC URL, e.g. {@code jdbc:postgresql://127.0.0.1:5432/test}
 * @param user the user name
 * @param password the password; empty with trust authentication
 * @param origin how it was found, for test logs
 */
public record PostgresEndpoint(String jdbcUrl, String user, String password, Origin origin) {

  /** How the server was found. */
  public enum Origin { CONFIGURED, LOCAL_SERVER, EMBEDDED }

  public PostgresEndpoint {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(origin, "origin");
  }
}
