package se.psi.core.plan.port.in;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import se.psi.core.shared.Actor;

/** ACT-1: an operational plan for a period, with its goals (numbered 1, 2, ... in the order given). */
public record CreateOperationalPlanCommand(
    @NotNull Actor actor,
    @NotBlank @Size(max = 200) String title,
    @Min(2000) @Max(2100) int fromYear,
    @Min(2000) @Max(2100) int toYear,
    @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 300) String> goals) {

  @AssertTrue(message = "{plan.periodOrder}")
  public boolean isPeriodInOrder() {
    return toYear >= fromYear;
  }
}
