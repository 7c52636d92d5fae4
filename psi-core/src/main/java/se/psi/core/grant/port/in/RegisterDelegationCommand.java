package se.psi.core.grant.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.psi.core.shared.Actor;

/**
 * GRA-5: registers a delegation to decide grants.
 *
 * @param delegate the host's id of the person
 * @param validUntil null while in force until further notice
 */
public record RegisterDelegationCommand(
    @NotNull Actor actor,
    @NotBlank @Size(max = 200) String delegate,
    @NotBlank @Size(max = 200) String position,
    @NotBlank @Size(max = 200) String fromCommittee,
    @NotNull LocalDate validFrom,
    LocalDate validUntil) {

  /** Validated as the property {@code validFromBeforeValidUntil}: an end before the start is no period at all. */
  @InForceBeforeItEnds
  public boolean isValidFromBeforeValidUntil() {
    return validFrom == null || validUntil == null || !validUntil.isBefore(validFrom);
  }
}
