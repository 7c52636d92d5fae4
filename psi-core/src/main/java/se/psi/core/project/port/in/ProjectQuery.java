package se.psi.core.project.port.in;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import se.psi.core.shared.Actor;

/** Read one project. */
public record ProjectQuery(@NotNull Actor actor, @NotNull UUID projectId) {}
