package se.psi.core.rulesets.port.in;

import jakarta.validation.constraints.NotNull;
import se.psi.core.shared.Actor;

/** Check the rulesets the core decides under. */
public record CheckRuleSetsQuery(@NotNull Actor actor) {}
