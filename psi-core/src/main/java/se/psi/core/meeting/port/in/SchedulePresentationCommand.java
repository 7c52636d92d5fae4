package se.psi.core.meeting.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.UUID;
import se.psi.core.shared.Actor;

/**
 * MTG-3: schedules an owed presentation into a planned public dialogue.
 *
 * @param meetingId the public dialogue it is scheduled into
 * @param expectedVersion the obligation's version the caller saw; null skips the check
 */
public record SchedulePresentationCommand(
    @NotNull Actor actor,
    @NotNull UUID obligationId,
    @NotNull UUID meetingId,
    @Positive Long expectedVersion) {}
