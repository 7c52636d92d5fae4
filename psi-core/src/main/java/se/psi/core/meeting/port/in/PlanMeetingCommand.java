package se.psi.core.meeting.port.in;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.psi.core.meeting.domain.MeetingFormat;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Municipality;

/**
 * AU-5: the working committee plans a meeting or activity.
 *
 * @param title the title, or a public dialogue's theme
 * @param municipality where it takes place; null with {@code digital}
 * @param responsibleOrganisation who carries it out, e.g. "Coompanion"; optional
 */
public record PlanMeetingCommand(
    @NotNull Actor actor,
    @NotNull MeetingFormat format,
    @NotBlank @Size(max = 200) String title,
    @NotNull LocalDate date,
    Municipality municipality,
    boolean digital,
    @Size(min = 1, max = 200) String responsibleOrganisation) {

  /** A place is either a municipality or digital, never both or neither (MTG-4). */
  @AssertTrue(message = "{meeting.placeRequired}")
  public boolean isPlaceGiven() {
    return digital == (municipality == null);
  }
}
