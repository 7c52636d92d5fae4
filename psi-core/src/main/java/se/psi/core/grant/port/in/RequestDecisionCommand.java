package se.psi.core.grant.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.UUID;
import se.psi.core.shared.Actor;

/** GRA-11: the applicant's written request for a decision, received on {@code receivedOn}. */
public record RequestDecisionCommand(@NotNull Actor actor, @NotNull UUID applicationId,
    @NotNull LocalDate receivedOn, @Positive Long expectedVersion) {}
