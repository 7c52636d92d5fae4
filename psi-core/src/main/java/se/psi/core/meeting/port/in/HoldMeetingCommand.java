package se.psi.core.meeting.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.psi.core.shared.Actor;

/**
 * Record that a planned meeting was held.
 *
 * @param attendance the partners that attended an internal meeting (empty for an open one)
 * @param decisions the decisions in the minutes
 */
public record HoldMeetingCommand(
    @NotNull Actor actor,
    @NotNull UUID meetingId,
    @NotNull @Size(max = 500) Set<@NotNull UUID> attendance,
    @NotNull @Size(max = 100) List<@NotBlank @Size(max = 2000) String> decisions,
    @Positive Long expectedVersion) {}
