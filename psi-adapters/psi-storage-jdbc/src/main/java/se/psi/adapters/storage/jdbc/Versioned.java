package se.psi.adapters.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import se.psi.core.usecase.StaleVersionException;

/**
 * Optimistic locking as every repository port's contract asks: version 1 is inserted only as new, version n updates
 * the row only where it is still at version n-1 ({@code UPDATE ... WHERE id = ? AND version = ?}, row count
 * checked); anything else is a {@link StaleVersionException}, never a lost update.
 */
final class Versioned {

  private Versioned() {}

  /** A statement that returns its update count. */
  @FunctionalInterface
  interface Statement {
    int run() throws SQLException;
  }

  /**
   * Saves a root row.
   *
   * @param exists {@code SELECT 1} of the root row by id, to refuse version 1 over a stored aggregate
   * @param insert inserts version 1
   * @param update updates to {@code version} where the stored version is {@code version - 1}; returns the count
   */
  static void save(Connection connection, String type, Object id, long version, String exists, Statement insert,
      Statement update) throws SQLException {
    if (version == 1) {
      if (Sql.one(connection, exists, row -> true, id).isPresent()) {
        throw new StaleVersionException(type, id.toString(), 0);
      }
      insert.run();
    } else if (update.run() == 0) {
      throw new StaleVersionException(type, id.toString(), version - 1);
    }
  }
}
