package se.psi.core.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.function.ToLongFunction;
import se.psi.core.rules.Rejection;

/** Loading helpers shared by the use cases: not found, and the caller's expected version (optimistic locking). */
public final class Found {

  private Found() {}

  /** The aggregate, or {@link Rejection.NotFound}. */
  public static <T> Either<Rejection, T> orNotFound(Option<T> found, String resourceType, Object id) {
    return found.toEither(() -> new Rejection.NotFound(resourceType, text(id)));
  }

  /**
   * The aggregate if the caller's {@code expectedVersion} is its version (or the caller gave none), else
   * {@link Rejection.StaleVersion}: the caller decided on a state that has changed since.
   */
  public static <T> Either<Rejection, T> atVersion(T aggregate, ToLongFunction<T> version, Long expectedVersion,
      String resourceType, Object id) {
    long current = version.applyAsLong(aggregate);
    if (expectedVersion == null || expectedVersion == current) {
      return Either.right(aggregate);
    }
    return Either.left(new Rejection.StaleVersion(resourceType, text(id), expectedVersion, current));
  }

  /** An id as text for audit and rejections; empty for a missing one. */
  public static String text(Object id) {
    return id == null ? "" : id.toString();
  }
}
