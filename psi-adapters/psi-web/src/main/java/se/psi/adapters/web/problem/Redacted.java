package se.psi.adapters.web.problem;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A failure as it may be logged: each exception of the chain keeps its class, its stack trace and, for a database
 * error, its SQLState, but not its message. Messages are where personal data leaks into logs: a refused write quotes
 * the row it could not store (names, e-mail addresses, phone numbers), a parser quotes the text it could not read.
 * The stack trace still says where it happened, and the error code ties the log line to the caller's answer.
 */
final class Redacted extends RuntimeException {

  private Redacted(String description, StackTraceElement[] where, Throwable cause) {
    super(description, cause, false, true);
    setStackTrace(where);
  }

  /** {@code failure} and its causes, without their messages. */
  static Throwable of(Throwable failure) {
    return of(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  private static Throwable of(Throwable failure, Set<Throwable> seen) {
    if (failure == null || !seen.add(failure)) {
      return null;  // the end of the chain, or a cause that refers back to one already redacted
    }
    // The cause is given to the constructor: a throwable's cause can be set only once, and null counts.
    return new Redacted(describe(failure), failure.getStackTrace(), of(failure.getCause(), seen));
  }

  private static String describe(Throwable failure) {
    String description = failure.getClass().getName() + " (message withheld: it may hold personal data)";
    return failure instanceof SQLException sql ? description + ", SQLState " + sql.getSQLState() + ", vendor code "
        + sql.getErrorCode() : description;
  }
}
