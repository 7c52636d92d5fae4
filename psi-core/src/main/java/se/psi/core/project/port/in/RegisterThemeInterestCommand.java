package se.psi.core.project.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import se.psi.core.shared.Actor;

/** PRJ-3: a partner's themes of interest (replacing earlier ones). */
public record RegisterThemeInterestCommand(@NotNull Actor actor, @NotNull UUID partnerId,
    @NotNull @Size(max = 20) Set<@NotBlank @Size(max = 100) String> themes) {}
