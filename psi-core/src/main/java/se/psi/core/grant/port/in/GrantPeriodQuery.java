package se.psi.core.grant.port.in;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import se.psi.core.shared.Actor;

/** A period of decisions, or a scheme year. */
public record GrantPeriodQuery(@NotNull Actor actor, @NotNull LocalDate from, @NotNull LocalDate to) {}
