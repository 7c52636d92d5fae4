package se.psi.core.membership.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.UUID;
import se.psi.core.shared.Actor;

/**
 * Replay one decision on an application.
 *
 * @param decision the decision's number on the application, from 1 for the first
 */
public record ReplayMembershipDecisionQuery(@NotNull Actor actor, @NotNull UUID applicationId,
    @Positive int decision) {}
