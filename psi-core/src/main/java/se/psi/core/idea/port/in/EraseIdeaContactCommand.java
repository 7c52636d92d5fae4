package se.psi.core.idea.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.UUID;
import se.psi.core.shared.Actor;

/** Erase the contact details of an idea (CON-3). */
public record EraseIdeaContactCommand(@NotNull Actor actor, @NotNull UUID ideaId, @Positive Long expectedVersion) {}
