package se.psi.core.contact.port.in;

import jakarta.validation.constraints.NotNull;
import se.psi.core.shared.Actor;

/** Ask which partners are unreachable, or remind those with an open vacancy; as of today. */
public record ContactDutiesQuery(@NotNull Actor actor) {}
