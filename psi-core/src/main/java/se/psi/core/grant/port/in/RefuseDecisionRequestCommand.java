package se.psi.core.grant.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import se.psi.core.shared.Actor;

/** GRA-11: the decider refuses the request for a decision, with the reasons the applicant is given. */
public record RefuseDecisionRequestCommand(@NotNull Actor actor, @NotNull UUID applicationId,
    @NotBlank @Size(max = 4000) String reasons, @Positive Long expectedVersion) {}
