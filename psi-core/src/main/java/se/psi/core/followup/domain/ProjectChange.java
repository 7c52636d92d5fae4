package se.psi.core.followup.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * GRA-17: a change to the project the grantee asks for; it takes effect only once approved.
 *
 * @param decision empty while the change waits for the Region's decision
 */
public record ProjectChange(UUID id, String description, String requestedBy, LocalDate requestedOn,
    Optional<Decision> decision) {

  public ProjectChange {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(requestedBy, "requestedBy");
    Objects.requireNonNull(requestedOn, "requestedOn");
    Objects.requireNonNull(decision, "decision");
  }

  /** The Region's decision on a change: approved or refused, always with its reasons. */
  public record Decision(boolean approved, String reasons, String decidedBy, LocalDate decidedOn) {
    public Decision {
      Objects.requireNonNull(reasons, "reasons");
      Objects.requireNonNull(decidedBy, "decidedBy");
      Objects.requireNonNull(decidedOn, "decidedOn");
    }
  }

  public boolean pending() {
    return decision.isEmpty();
  }

  /** Whether the change has taken effect: only an approved one does. */
  public boolean inEffect() {
    return decision.filter(Decision::approved).isPresent();
  }
}
