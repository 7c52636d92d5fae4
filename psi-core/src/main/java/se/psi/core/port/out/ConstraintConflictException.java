package se.psi.core.port.out;

/**
 * Thrown by a storage whose own constraint refused a write (a unique key another change took first, a reference to
 * something removed meanwhile): the unit of work is rolled back and the use-case boundary refuses the change as a
 * conflict with what is stored ({@code Rejection.IllegalState}, 409 in the web API), never as a failure of the
 * server. {@code constraint} names the constraint as the storage knows it, never the values refused (they may be
 * personal data).
 */
public class ConstraintConflictException extends RuntimeException {

  private final String constraint;

  public ConstraintConflictException(String constraint, Throwable cause) {
    super("a stored constraint refused the write: " + constraint, cause);
    this.constraint = constraint;
  }

  public String constraint() {
    return constraint;
  }
}
