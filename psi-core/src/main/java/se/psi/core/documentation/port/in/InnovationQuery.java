package se.psi.core.documentation.port.in;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import se.psi.core.shared.Actor;

/** Read one documented social innovation. */
public record InnovationQuery(@NotNull Actor actor, @NotNull UUID recordId) {}
