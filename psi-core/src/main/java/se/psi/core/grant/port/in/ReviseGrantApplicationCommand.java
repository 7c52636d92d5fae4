package se.psi.core.grant.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.UUID;
import se.psi.core.shared.Actor;

/** The applicant revises the description (while drafting, or when asked to complete it). */
public record ReviseGrantApplicationCommand(@NotNull Actor actor, @NotNull UUID applicationId,
    @NotNull @Valid ProjectDetails project, @Positive Long expectedVersion) {}
