package se.psi.core.meeting.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.UUID;
import se.psi.core.shared.Actor;

/** A command on one meeting that needs nothing more: cancel it, or read it. */
public record MeetingCommand(@NotNull Actor actor, @NotNull UUID meetingId, @Positive Long expectedVersion) {}
