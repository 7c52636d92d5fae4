package se.psi.core.meeting.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import se.psi.core.shared.Actor;

/**
 * Adds an agenda item or a speaker to a planned meeting (one of them per command).
 *
 * @param agendaItem an item to add to the agenda
 * @param speaker a speaker to add
 */
public record PrepareMeetingCommand(
    @NotNull Actor actor,
    @NotNull UUID meetingId,
    @Size(min = 1, max = 300) String agendaItem,
    @Valid SpeakerDetails speaker,
    @Positive Long expectedVersion) {

  @AssertTrue(message = "{meeting.oneAddition}")
  public boolean isOneAddition() {
    return (agendaItem == null) != (speaker == null);
  }

  /**
   * A speaker: a partner, or an external organisation.
   *
   * @param partnerId the partner, when a partner speaks
   */
  public record SpeakerDetails(UUID partnerId, @NotBlank @Size(max = 200) String organisation,
      @NotBlank @Size(max = 300) String topic) {}
}
