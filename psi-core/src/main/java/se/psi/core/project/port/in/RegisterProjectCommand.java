package se.psi.core.project.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import se.psi.core.shared.Actor;

/** PRJ-1: a partner registers a project it runs in its own name; the partnership itself owns none. */
public record RegisterProjectCommand(@NotNull Actor actor, @OwnedByAParty UUID owner,
    @NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String description) {}
