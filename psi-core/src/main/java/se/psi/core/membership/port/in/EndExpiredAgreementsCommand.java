package se.psi.core.membership.port.in;

import jakarta.validation.constraints.NotNull;
import se.psi.core.shared.Actor;

/** Record the ends of the agreements that ran out before today (MEM-8); a job a host runs every day. */
public record EndExpiredAgreementsCommand(@NotNull Actor actor) {}
