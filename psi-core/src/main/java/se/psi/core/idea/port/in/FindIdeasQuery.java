package se.psi.core.idea.port.in;

import jakarta.validation.constraints.NotNull;
import se.psi.core.shared.Actor;

/** Every idea, for those who triage them. */
public record FindIdeasQuery(@NotNull Actor actor) {}
