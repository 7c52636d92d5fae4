package se.psi.core.port.out;

/**
 * Thrown by a storage that could not run a unit of work beside another one (a deadlock it broke, a serialisation
 * failure, a lock it waited for too long): the unit of work was rolled back whole and nothing of it was decided, so
 * the use-case boundary runs it again (a bounded number of times) rather than refusing the caller.
 */
public final class TransactionConflictException extends RuntimeException {

  public TransactionConflictException(String message, Throwable cause) {
    super(message, cause);
  }
}
