package se.psi.core.meeting.port.in;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import se.psi.core.shared.Actor;

/**
 * MTG-3: a presentation owed by a granted project.
 *
 * <ul>
 *   <li>owe: {@code projectReference} and {@code projectTitle}, no obligation id;</li>
 *   <li>schedule: {@code obligationId} and the public dialogue's {@code meetingId};</li>
 *   <li>fulfil: {@code obligationId} only, once that dialogue was held.</li>
 * </ul>
 */
public record PresentationCommand(
    @NotNull Actor actor,
    UUID obligationId,
    @Size(min = 1, max = 100) String projectReference,
    @Size(min = 1, max = 300) String projectTitle,
    UUID meetingId,
    @Positive Long expectedVersion) {

  @AssertTrue(message = "{presentation.obligationOrProject}")
  public boolean isObligationOrNewProject() {
    return (obligationId == null) == (projectReference != null && projectTitle != null);
  }
}
