package se.psi.core.grant.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import se.psi.core.shared.Actor;

/** GRA-10: the decider records why kommunicering is not needed before this decision. */
public record WaiveCommunicationCommand(@NotNull Actor actor, @NotNull UUID applicationId,
    @NotBlank @Size(max = 4000) String reason, @Positive Long expectedVersion) {}
