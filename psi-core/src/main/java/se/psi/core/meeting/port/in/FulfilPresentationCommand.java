package se.psi.core.meeting.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.UUID;
import se.psi.core.shared.Actor;

/**
 * MTG-3: the presentation was given at the public dialogue it was scheduled into.
 *
 * @param expectedVersion the obligation's version the caller saw; null skips the check
 */
public record FulfilPresentationCommand(
    @NotNull Actor actor,
    @NotNull UUID obligationId,
    @Positive Long expectedVersion) {}
