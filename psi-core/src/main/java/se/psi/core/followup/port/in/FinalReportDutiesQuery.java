package se.psi.core.followup.port.in;

import jakarta.validation.constraints.NotNull;
import se.psi.core.shared.Actor;

/** GRA-17: run today's reminders of final reports. */
public record FinalReportDutiesQuery(@NotNull Actor actor) {}
