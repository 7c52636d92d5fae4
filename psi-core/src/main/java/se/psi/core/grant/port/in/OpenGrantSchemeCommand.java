package se.psi.core.grant.port.in;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import se.psi.core.shared.Actor;

/** GRA-1: opens the grant scheme of a year with its appropriation, limits and guidelines. */
public record OpenGrantSchemeCommand(
    @NotNull Actor actor,
    @Min(2000) @Max(2100) int year,
    @PositiveOrZero long appropriationKronor,
    @PositiveOrZero long minimumKronor,
    @PositiveOrZero long maximumKronor,
    @NotBlank @Size(max = 500) String guidelines) {

  @AssertTrue(message = "{grant.limitsOrder}")
  public boolean isLimitsInOrder() {
    return minimumKronor <= maximumKronor && maximumKronor <= appropriationKronor;
  }
}
