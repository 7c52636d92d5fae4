package se.psi.core.contact.port.in;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import se.psi.core.shared.Actor;

/** Export or erase what is held about one contact person (CON-3). */
public record PersonalDataCommand(@NotNull Actor actor, @NotNull UUID contactPersonId) {}
