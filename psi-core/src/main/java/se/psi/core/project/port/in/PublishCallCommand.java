package se.psi.core.project.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import se.psi.core.shared.Actor;

/** PRJ-3: the committee publishes a call; partners interested in its themes are told of it. */
public record PublishCallCommand(@NotNull Actor actor, @NotBlank @Size(max = 200) String funder,
    @NotBlank @Size(max = 300) String programme, @NotNull LocalDate deadline,
    @NotEmpty @Size(max = 20) Set<@NotBlank @Size(max = 100) String> themes) {}
