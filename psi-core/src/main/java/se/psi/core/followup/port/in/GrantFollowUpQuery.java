package se.psi.core.followup.port.in;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import se.psi.core.shared.Actor;

/** GRA-17: the follow-up of one granted application. */
public record GrantFollowUpQuery(@NotNull Actor actor, @NotNull UUID applicationId) {}
