package se.psi.core.advisory.port.in;

import jakarta.validation.constraints.NotNull;
import se.psi.core.shared.Actor;

/** Every advisory case, for the advisory team and those who follow its work. */
public record FindAdvisoryCasesQuery(@NotNull Actor actor) {}
