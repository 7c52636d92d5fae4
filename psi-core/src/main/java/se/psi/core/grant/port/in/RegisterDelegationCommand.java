package se.psi.core.grant.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;
import se.psi.core.shared.Actor;

/**
 * GRA-5, GRA-14: registers a delegation to decide grants: its scope (the scheme years; none for every year), its
 * ceiling per decision (none for no ceiling) and its period.
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
    LocalDate validUntil,
    @NotNull @Size(max = 50) List<@NotNull @Min(2000) @Max(2999) Integer> schemeYears,
    @Positive Long ceilingKronor) {

  /** GRA-14: a delegation for every year of the scheme, without a ceiling per decision. */
  public RegisterDelegationCommand(Actor actor, String delegate, String position, String fromCommittee,
      LocalDate validFrom, LocalDate validUntil) {
    this(actor, delegate, position, fromCommittee, validFrom, validUntil, List.of(), null);
  }

  /** Validated as the property {@code validFromBeforeValidUntil}: an end before the start is no period at all. */
  @InForceBeforeItEnds
  public boolean isValidFromBeforeValidUntil() {
    return validFrom == null || validUntil == null || !validUntil.isBefore(validFrom);
  }
}
