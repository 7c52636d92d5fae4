package se.psi.core.grant.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import se.psi.core.shared.Actor;

/** GRA-14: the delegation is revoked from {@code revokedOn}, for {@code reason}. */
public record RevokeDelegationCommand(@NotNull Actor actor, @NotNull UUID delegationId,
    @NotNull LocalDate revokedOn, @NotBlank @Size(max = 1000) String reason, @Positive Long expectedVersion) {}
