package se.psi.adapters.storage.jdbc;

import java.sql.SQLException;
import se.psi.core.port.out.StaleVersionException;

/**
 * Optimistic locking as every repository port's contract asks: version 1 is inserted only as new (the primary key
 * refuses it over a stored row), version n updates the row only where it is still at version n-1 ({@code UPDATE ...
 * WHERE id = ? AND version = ?}, row count checked); anything else is a {@link StaleVersionException}, never a lost
 * update. Neither asks the database anything first, so a save costs one round trip.
 */
final class Versioned {

  private Versioned() {}

  /** A statement that returns its update count. */
  @FunctionalInterface
  interface Statement {
    int run() throws SQLException;
  }

  /**
   * Saves a root row. On PostgreSQL a refused insert leaves the transaction failed, which is as it should be: the
   * stale change is rolled back whole.
   *
   * @param insert inserts version 1
   * @param update updates to {@code version} where the stored version is {@code version - 1}; returns the count
   */
  static void save(String type, Object id, long version, Statement insert, Statement update)
      throws SQLException {
    if (version == 1) {
      try {
        insert.run();
      } catch (SQLException refused) {
        if (primaryKeyTaken(refused)) {
          throw new StaleVersionException(type, id.toString(), 0);
        }
        throw refused;
      }
    } else if (update.run() == 0) {
      throw new StaleVersionException(type, id.toString(), version - 1);
    }
  }

  /**
   * Whether an insert was refused because its primary key is taken, rather than another unique column (an
   * organisation's one current partner, say): a unique violation (SQLState 23505) naming PostgreSQL's {@code
   * <table>_pkey} or H2's primary key index.
   */
  static boolean primaryKeyTaken(SQLException refused) {
    String message = String.valueOf(refused.getMessage());
    return "23505".equals(refused.getSQLState())
        && (message.contains("_pkey\"") || message.contains("PRIMARY_KEY_") || message.contains("PRIMARY KEY"));
  }
}
