package se.psi.core.meeting.port.in;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import se.psi.core.meeting.domain.MeetingFormat;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Municipality;

/**
 * AU-5: the working committee plans a meeting or activity.
 *
 * @param title the title, or a public dialogue's theme
 * @param municipality where it takes place; null with {@code digital}
 * @param responsibleOrganisation who carries it out, e.g. "Coompanion"; optional
 * @param fromIdea IDE-2: the idea triaged as a theme for a public dialogue that this dialogue takes up; optional
 */
public record PlanMeetingCommand(
    @NotNull Actor actor,
    @NotNull MeetingFormat format,
    @NotBlank @Size(max = 200) String title,
    @NotNull LocalDate date,
    Municipality municipality,
    boolean digital,
    @Size(min = 1, max = 200) String responsibleOrganisation,
    UUID fromIdea) {

  /** A meeting planned from no idea. */
  public PlanMeetingCommand(Actor actor, MeetingFormat format, String title, LocalDate date,
      Municipality municipality, boolean digital, String responsibleOrganisation) {
    this(actor, format, title, date, municipality, digital, responsibleOrganisation, null);
  }

  /** A place is either a municipality or digital, never both or neither (MTG-4). */
  @AssertTrue(message = "{meeting.placeRequired}")
  public boolean isPlaceGiven() {
    return digital == (municipality == null);
  }

  /** IDE-2: an idea becomes the theme of a public dialogue, not of another kind of meeting. */
  @AssertTrue(message = "{meeting.fromIdeaIsADialogue}")
  public boolean isFromIdeaADialogue() {
    return fromIdea == null || format == MeetingFormat.PUBLIC_DIALOGUE;
  }
}
