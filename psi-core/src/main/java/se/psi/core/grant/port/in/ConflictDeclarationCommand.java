package se.psi.core.grant.port.in;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import se.psi.core.shared.Actor;

/**
 * GRA-7: the acting person's declaration on jäv before taking part: {@code conflict} false declares that there is
 * none, true declares a conflict with its {@code reason}. A handling-group member judges only after declaring.
 */
public record ConflictDeclarationCommand(@NotNull Actor actor, @NotNull UUID applicationId,
    @NotNull Boolean conflict, @Size(max = 4000) String reason, @Positive Long expectedVersion) {

  /** A declared conflict gives its reason. */
  @AssertTrue(message = "{grant.gra7.reasonForConflict}")
  public boolean isReasonGivenForAConflict() {
    return !Boolean.TRUE.equals(conflict) || reason != null && !reason.isBlank();
  }
}
