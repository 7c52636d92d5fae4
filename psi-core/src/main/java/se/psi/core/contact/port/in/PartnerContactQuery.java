package se.psi.core.contact.port.in;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import se.psi.core.shared.Actor;

/** Read one partner's contact register. */
public record PartnerContactQuery(@NotNull Actor actor, @NotNull UUID partnerId) {}
