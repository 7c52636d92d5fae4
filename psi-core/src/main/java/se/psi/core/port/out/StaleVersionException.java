package se.psi.core.port.out;

/**
 * Thrown by a repository asked to save an aggregate whose version is no longer the stored one: another change came
 * first. Part of every repository's contract (optimistic locking); the use-case boundary turns it into
 * {@link Rejection.StaleVersion}.
 */
public final class StaleVersionException extends RuntimeException {

  private final String resourceType;
  private final String id;
  private final long expectedVersion;

  public StaleVersionException(String resourceType, String id, long expectedVersion) {
    super(resourceType + " " + id + " is no longer at version " + expectedVersion);
    this.resourceType = resourceType;
    this.id = id;
    this.expectedVersion = expectedVersion;
  }

  public String resourceType() {
    return resourceType;
  }

  public String id() {
    return id;
  }

  public long expectedVersion() {
    return expectedVersion;
  }
}
