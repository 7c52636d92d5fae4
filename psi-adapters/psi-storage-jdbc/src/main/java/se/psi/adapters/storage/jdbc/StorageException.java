package se.psi.adapters.storage.jdbc;

import java.sql.SQLException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.psi.core.port.out.ConstraintConflictException;
import se.psi.core.port.out.TransactionConflictException;

/** A failure of the database, not of the partnership's rules: the change it happened in is rolled back. */
public class StorageException extends RuntimeException {

  /**
   * SQLStates of a unit of work the database could not run beside another, which decided nothing and may be run
   * again: serialisation failure (also H2's deadlock), PostgreSQL's deadlock and lock not available, H2's lock
   * timeout.
   */
  private static final Set<String> TRANSIENT = Set.of("40001", "40P01", "55P03", "HYT00");

  /** PostgreSQL names the constraint in quotes after "constraint"; H2 names its index first, in quotes. */
  private static final Pattern NAMED = Pattern.compile("constraint \"([^\"]+)\"");
  private static final Pattern FIRST_QUOTED = Pattern.compile("\"([^\" ]+)[ \"]");

  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * The failure as the core knows it: a conflict with another unit of work (run again), a constraint refusing the
   * write (a precise refusal), or else a failure. The database's message is kept only as the cause, since it may
   * quote the values refused.
   */
  static RuntimeException from(SQLException e) {
    String state = String.valueOf(e.getSQLState());
    if (TRANSIENT.contains(state)) {
      return new TransactionConflictException("the database could not run the change beside another (SQLState "
          + state + ")", e);
    }
    if (state.startsWith("23")) {
      return new ConstraintConflictException(constraint(e), e);
    }
    return new StorageException(e.getMessage(), e);
  }

  /** The constraint's name from the database's message, never the values it quotes. */
  static String constraint(SQLException e) {
    String message = String.valueOf(e.getMessage());
    for (Pattern pattern : new Pattern[] {NAMED, FIRST_QUOTED}) {
      Matcher name = pattern.matcher(message);
      if (name.find()) {
        return name.group(1);
      }
    }
    return "SQLState " + e.getSQLState();
  }
}
