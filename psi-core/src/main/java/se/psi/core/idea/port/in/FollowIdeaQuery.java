package se.psi.core.idea.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.psi.core.shared.Actor;

/** The idea-giver follows the idea with its receipt. */
public record FollowIdeaQuery(@NotNull Actor actor, @NotBlank @Size(max = 100) String receipt) {}
