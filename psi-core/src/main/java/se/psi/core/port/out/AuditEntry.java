package se.psi.core.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One state-changing command as the audit log keeps it: who, what, on which resource, the outcome and when. Ids
 * only, never personal data.
 *
 * @param id unique id of the entry
 * @param at when the command was handled
 * @param actorPersonId the host's id of the person who acted
 * @param useCase the use case called, as named in docs/roles.md
 * @param resourceType the kind of resource, e.g. {@code Partner}
 * @param resourceId the resource's id; empty when a refused command named none
 * @param outcome {@code ACCEPTED}, or the simple name of the {@link Rejection} type
 */
public record AuditEntry(UUID id, Instant at, String actorPersonId, String useCase, String resourceType,
    String resourceId, String outcome) {

  public static final String ACCEPTED = "ACCEPTED";

  public AuditEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actorPersonId, "actorPersonId");
    Objects.requireNonNull(useCase, "useCase");
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(resourceId, "resourceId");
    Objects.requireNonNull(outcome, "outcome");
  }

  public boolean accepted() {
    return ACCEPTED.equals(outcome);
  }
}
