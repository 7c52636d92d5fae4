package se.psi.core.grant.port.in;

import jakarta.validation.constraints.NotNull;
import se.psi.core.shared.Actor;

/** A read of one of the grant scheme's registers: the delegations (GRA-14), the scheme settings (GRA-11, GRA-12). */
public record GrantRegisterQuery(@NotNull Actor actor) {}
