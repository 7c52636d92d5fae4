package se.psi.core.meeting.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import se.psi.core.shared.Actor;

/**
 * MTG-2: register for an open meeting; anyone may, within the partnership or not.
 *
 * @param organisation the organisation the registrant comes for, if any
 * @param partnerId the partner, if the organisation is one
 */
public record RegisterForMeetingCommand(
    @NotNull Actor actor,
    @NotNull UUID meetingId,
    @Size(min = 1, max = 200) String organisation,
    UUID partnerId) {}
