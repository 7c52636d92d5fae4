package se.psi.adapters.storage.jdbc;

import java.sql.SQLException;

/** A failure of the database, not of the partnership's rules: the change it happened in is rolled back. */
public class StorageException extends RuntimeException {

  /** SQLState of a unique or primary-key violation, the same in PostgreSQL and H2. */
  static final String UNIQUE_VIOLATION = "23505";

  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }

  static StorageException from(SQLException e) {
    return UNIQUE_VIOLATION.equals(e.getSQLState())
        ? new DuplicateKeyException(e.getMessage(), e)
        : new StorageException(e.getMessage(), e);
  }

  /** A unique constraint refused the write, e.g. a second current partner for one organisation. */
  public static final class DuplicateKeyException extends StorageException {
    DuplicateKeyException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
