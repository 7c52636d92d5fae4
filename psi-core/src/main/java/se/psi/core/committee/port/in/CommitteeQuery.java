package se.psi.core.committee.port.in;

import jakarta.validation.constraints.NotNull;
import se.psi.core.shared.Actor;

/** Read the working committee. */
public record CommitteeQuery(@NotNull Actor actor) {}
